import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';

/** One toggle button: pressed = high contrast (light text on black, yellow buttons). */
export function ThemeToggle({ theme, onChange }: { theme: Settings['theme']; onChange: (theme: Settings['theme']) => void }) {
  const { t } = useTranslation();
  const high = theme === 'high-contrast';
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={high}
      onClick={() => onChange(high ? 'standard' : 'high-contrast')}
    >
      <span className="toggle__box" aria-hidden="true">
        {high ? '✓' : ''}
      </span>
      {t('header.highContrast')}
    </button>
  );
}
