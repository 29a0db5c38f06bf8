import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, so a member who lands in the wrong one still finds their own. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
};

// Every catalogue under shared/i18n/locales/<lang>/<namespace>.json, bundled at build time:
// `ui` is the renderer's own, `import` (the importer's problem messages) when it exists.
const catalogues = import.meta.glob<Record<string, unknown>>('../../shared/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
});

function buildResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, catalogue] of Object.entries(catalogues)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang = '', namespace = ''] = match;
    (resources[lang] ??= {})[namespace] = catalogue;
  }
  return resources;
}

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The system language when we have a catalogue for it ("de-CH" → "de"), else English. */
export function systemLanguage(): UiLanguage {
  const base = (navigator.language || 'en').toLowerCase().split('-')[0];
  return isUiLanguage(base) ? base : 'en';
}

export const i18n: I18n = i18next.createInstance();

const resources = buildResources();

void i18n.use(initReactI18next).init({
  resources,
  lng: systemLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  // Every namespace that has a catalogue (ui, import, and one per area of the app).
  ns: Object.keys(resources.en ?? { ui: {} }),
  defaultNS: 'ui',
  // Resources are bundled: initialise synchronously so the first render already has its words.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  returnEmptyString: false,
});

// Screen readers pick their voice from <html lang>: keep it in step with the UI language.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : 'en';
}
