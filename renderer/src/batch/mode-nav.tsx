import { useTranslation } from 'react-i18next';

export type AppMode = 'member' | 'group' | 'editor' | 'help';

/**
 * The places of the app, under the header: a member's own letter, a coordinator's group
 * letters, making a campaign from the month's letter, and help. Each is named in words; the
 * current one is marked for eye and ear.
 */
export function ModeNav({ mode, onChange }: { mode: AppMode; onChange: (mode: AppMode) => void }) {
  const { t } = useTranslation('batch');
  const { t: th } = useTranslation('help');
  const { t: te } = useTranslation('editor');
  const label = (item: AppMode) => (item === 'help' ? th('nav.help') : item === 'editor' ? te('nav.make') : t(`nav.${item}`));
  return (
    <nav className="mode-nav" aria-label={t('nav.label')}>
      <ul className="mode-nav__list">
        {(['member', 'group', 'editor', 'help'] as const).map((item) => (
          <li key={item} className={item === 'help' ? 'mode-nav__help' : undefined}>
            <button
              type="button"
              className="button button--big mode-nav__button"
              aria-current={mode === item ? 'page' : undefined}
              onClick={() => onChange(item)}
            >
              {label(item)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
