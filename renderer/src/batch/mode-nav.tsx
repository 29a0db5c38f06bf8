import { useTranslation } from 'react-i18next';

export type AppMode = 'member' | 'group';

/** The two places of the app, under the header: a member's own letter, or a coordinator's group letters. */
export function ModeNav({ mode, onChange }: { mode: AppMode; onChange: (mode: AppMode) => void }) {
  const { t } = useTranslation('batch');
  return (
    <nav className="mode-nav" aria-label={t('nav.label')}>
      <ul className="mode-nav__list">
        {(['member', 'group'] as const).map((item) => (
          <li key={item}>
            <button
              type="button"
              className="button button--big mode-nav__button"
              aria-current={mode === item ? 'page' : undefined}
              onClick={() => onChange(item)}
            >
              {t(`nav.${item}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
