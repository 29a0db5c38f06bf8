import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageBar } from '../announcer';
import { ScreenHeading } from '../screen-heading';
import { DraftList } from './draft-list';
import { useDrafts } from './use-drafts';

export type NewKind = 'file' | 'text' | 'blank';

interface StartScreenProps {
  focusHeading: boolean;
  onNew: (kind: NewKind) => void;
  onOpen: (id: string) => void;
}

/** "Make a campaign": three ways to start one, and the campaigns already being written. */
export function StartScreen({ focusHeading, onNew, onOpen }: StartScreenProps) {
  const { t } = useTranslation('editor');
  // Read each time the screen is shown: a draft may have been written or deleted meanwhile.
  const drafts = useDrafts();
  const headingId = useId();
  const ways = [
    { kind: 'file', primary: true },
    { kind: 'text', primary: false },
    { kind: 'blank', primary: false },
  ] as const;
  return (
    <main id="campaign-editor" className="workspace editor-start" tabIndex={-1}>
      <ScreenHeading focusOnMount={focusHeading}>{t('start.heading')}</ScreenHeading>
      <MessageBar />
      <p className="lead">{t('start.intro')}</p>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('start.newHeading')}</h2>
        <ul className="start-ways">
          {ways.map(({ kind, primary }) => (
            <li key={kind}>
              <button
                type="button"
                className={primary ? 'button button--big button--primary' : 'button button--big'}
                aria-describedby={`${headingId}-${kind}`}
                onClick={() => onNew(kind)}
              >
                {t(`start.new.${kind}`)}
              </button>
              <p id={`${headingId}-${kind}`} className="hint">
                {t(`start.newHint.${kind}`)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <DraftList drafts={drafts} onOpen={onOpen} />
    </main>
  );
}
