import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordingChoice } from './choice-context';

interface WordingChoicesProps {
  choices: WordingChoice[];
  lang: string;
  picks: readonly number[];
  onPick: (index: number, pick: number) => void;
}

/** "As a … of ACAT-Switzerland: member / supporter" — one radio group per choice in the text. */
export function WordingChoices({ choices, lang, picks, onPick }: WordingChoicesProps) {
  const { t } = useTranslation();
  const base = useId();
  if (choices.length === 0) return null;
  return (
    <section className="wording" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>{t('details.wordingHeading')}</h2>
      <p className="hint">{t('details.wordingHint')}</p>
      {choices.map((choice) => {
        const picked = Math.min(picks[choice.index] ?? 0, choice.options.length - 1);
        const context = [choice.before, choice.after].some(Boolean)
          ? `${choice.before} … ${choice.after}`.trim()
          : t('details.wordingFallback', { number: choice.index + 1 });
        return (
          <fieldset key={choice.index} className="choice-group">
            <legend lang={lang}>{context}</legend>
            <div className="choice-group__options choice-group__options--inline">
              {choice.options.map((option, pick) => (
                <label key={pick} className="choice">
                  <input
                    type="radio"
                    name={`${base}-${choice.index}`}
                    checked={pick === picked}
                    onChange={() => onPick(choice.index, pick)}
                  />
                  <span lang={lang} className="choice__main">
                    {option}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
