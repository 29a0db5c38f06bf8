import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

interface UnplacedBoxProps {
  pieces: readonly string[];
  language: string;
  /** The coordinator has put this piece where it belongs (or left it out on purpose). */
  onDone: (index: number) => void;
}

/**
 * Text of the letter that matched no part: nothing the letter held is dropped silently. Each
 * piece can be copied, then put away once it is placed.
 */
export function UnplacedBox({ pieces, language, onDone }: UnplacedBoxProps) {
  const { t } = useTranslation('editor');
  const headingId = useId();
  const [said, setSaid] = useState('');
  // Once the last piece is put away the box stays, saying so, where the coordinator's focus is.
  if (pieces.length === 0 && !said) return null;
  const copy = async (piece: string) => setSaid(t((await copyText(piece)) ? 'unplaced.copied' : 'unplaced.copyFailed'));
  return (
    <section className="unplaced" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('unplaced.heading', { count: pieces.length })}
      </h2>
      <p className="hint">{t(pieces.length > 0 ? 'unplaced.intro' : 'unplaced.allPlaced')}</p>
      <ol className="unplaced__list">
        {pieces.map((piece, index) => (
          <li key={`${index}-${piece.slice(0, 20)}`} className="unplaced__piece">
            <p className="unplaced__text" lang={language}>
              {piece}
            </p>
            <div className="unplaced__buttons">
              <button type="button" className="button" aria-label={t('unplaced.copyNamed', { number: index + 1 })} onClick={() => void copy(piece)}>
                {t('unplaced.copy')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('unplaced.doneNamed', { number: index + 1 })}
                onClick={() => {
                  setSaid(t('unplaced.removed'));
                  onDone(index);
                  // The button goes with its piece: the reading position stays in the box.
                  document.getElementById(headingId)?.focus();
                }}
              >
                {t('unplaced.done')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" className="save-status">
        {said}
      </p>
    </section>
  );
}
