/**
 * Words main shows itself — the menu, native dialogs, the About box — in the four UI languages.
 * The renderer has its own translations; these few live here so main needs no i18n library.
 */

export const MENU_LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

export interface MenuLabels {
  file: string;
  import: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  version: string;
  fontsHeading: string;
  dejaVuLicence: string;
  atkinsonLicence: string;
  showDejaVuLicence: string;
  showAtkinsonLicence: string;
  ok: string;
  campaignFiles: string;
  pdfFiles: string;
  wordFiles: string;
}

export const MENU_LABELS: Record<MenuLanguage, MenuLabels> = {
  en: {
    file: '&File',
    import: 'Import…',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    zoomIn: 'Larger Text',
    zoomOut: 'Smaller Text',
    resetZoom: 'Normal Text Size',
    fullScreen: 'Full Screen',
    window: '&Window',
    minimize: 'Minimise',
    close: 'Close Window',
    help: '&Help',
    about: 'About Appeal Letters',
    version: 'Version',
    fontsHeading: 'Fonts included with the app',
    dejaVuLicence: 'DejaVu Serif — free licence (Bitstream Vera licence with public-domain changes)',
    atkinsonLicence: 'Atkinson Hyperlegible — SIL Open Font License 1.1',
    showDejaVuLicence: 'Show DejaVu licence',
    showAtkinsonLicence: 'Show Atkinson Hyperlegible licence',
    ok: 'OK',
    campaignFiles: 'Campaign files',
    pdfFiles: 'PDF documents',
    wordFiles: 'Word documents',
  },
  fr: {
    file: '&Fichier',
    import: 'Importer…',
    quit: 'Quitter',
    edit: '&Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: '&Affichage',
    zoomIn: 'Texte plus grand',
    zoomOut: 'Texte plus petit',
    resetZoom: 'Taille de texte normale',
    fullScreen: 'Plein écran',
    window: 'Fe&nêtre',
    minimize: 'Réduire',
    close: 'Fermer la fenêtre',
    help: 'Ai&de',
    about: 'À propos d’Appeal Letters',
    version: 'Version',
    fontsHeading: 'Polices fournies avec l’application',
    dejaVuLicence: 'DejaVu Serif — licence libre (licence Bitstream Vera, modifications dans le domaine public)',
    atkinsonLicence: 'Atkinson Hyperlegible — SIL Open Font License 1.1',
    showDejaVuLicence: 'Afficher la licence DejaVu',
    showAtkinsonLicence: 'Afficher la licence Atkinson Hyperlegible',
    ok: 'OK',
    campaignFiles: 'Fichiers de campagne',
    pdfFiles: 'Documents PDF',
    wordFiles: 'Documents Word',
  },
  de: {
    file: '&Datei',
    import: 'Importieren…',
    quit: 'Beenden',
    edit: '&Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: '&Ansicht',
    zoomIn: 'Grösserer Text',
    zoomOut: 'Kleinerer Text',
    resetZoom: 'Normale Textgrösse',
    fullScreen: 'Vollbild',
    window: '&Fenster',
    minimize: 'Minimieren',
    close: 'Fenster schliessen',
    help: '&Hilfe',
    about: 'Über Appeal Letters',
    version: 'Version',
    fontsHeading: 'Mitgelieferte Schriften',
    dejaVuLicence: 'DejaVu Serif — freie Lizenz (Bitstream-Vera-Lizenz, Änderungen gemeinfrei)',
    atkinsonLicence: 'Atkinson Hyperlegible — SIL Open Font License 1.1',
    showDejaVuLicence: 'DejaVu-Lizenz anzeigen',
    showAtkinsonLicence: 'Atkinson-Hyperlegible-Lizenz anzeigen',
    ok: 'OK',
    campaignFiles: 'Kampagnendateien',
    pdfFiles: 'PDF-Dokumente',
    wordFiles: 'Word-Dokumente',
  },
  it: {
    file: '&File',
    import: 'Importa…',
    quit: 'Esci',
    edit: '&Modifica',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    selectAll: 'Seleziona tutto',
    view: '&Visualizza',
    zoomIn: 'Testo più grande',
    zoomOut: 'Testo più piccolo',
    resetZoom: 'Dimensione normale del testo',
    fullScreen: 'Schermo intero',
    window: 'Fi&nestra',
    minimize: 'Riduci a icona',
    close: 'Chiudi finestra',
    help: '&Aiuto',
    about: 'Informazioni su Appeal Letters',
    version: 'Versione',
    fontsHeading: 'Caratteri forniti con l’applicazione',
    dejaVuLicence: 'DejaVu Serif — licenza libera (licenza Bitstream Vera, modifiche di pubblico dominio)',
    atkinsonLicence: 'Atkinson Hyperlegible — SIL Open Font License 1.1',
    showDejaVuLicence: 'Mostra la licenza DejaVu',
    showAtkinsonLicence: 'Mostra la licenza Atkinson Hyperlegible',
    ok: 'OK',
    campaignFiles: 'File di campagna',
    pdfFiles: 'Documenti PDF',
    wordFiles: 'Documenti Word',
  },
};

/** The member's chosen UI language, else the system's, else English. */
export function menuLanguageFor(uiLanguage: string | undefined, systemLocale: string): MenuLanguage {
  for (const candidate of [uiLanguage, systemLocale]) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    const match = MENU_LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/** Labels without the '&' mnemonic markers (dialogs do not use them). */
export function plain(label: string): string {
  return label.replace(/&(?=\S)/g, '');
}
