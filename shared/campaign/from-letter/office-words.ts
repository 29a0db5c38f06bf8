import type { Role } from '../schema';

/**
 * Words of addresses, in all four languages at once (an address keeps the recipient country's
 * conventions, so a German letter may address "Mr." or "Monsieur"): courtesy titles, offices and
 * the roles they give, institutions and streets. Keyword syntax: "minister" starts a word,
 * "*minister" may also end a German compound ("Justizminister"), "=roi" is a whole word only.
 */

/** Courtesy titles before a name, with the gender they tell; longest first where one starts another. */
export const COURTESY_TITLES: ReadonlyArray<{ title: string; gender?: 'male' | 'female' }> = [
  { title: 'His Excellency', gender: 'male' },
  { title: 'Her Excellency', gender: 'female' },
  { title: 'Seiner Exzellenz', gender: 'male' },
  { title: 'Seine Exzellenz', gender: 'male' },
  { title: 'Ihrer Exzellenz', gender: 'female' },
  { title: 'Ihre Exzellenz' },
  { title: 'Son Excellence' },
  { title: 'Sua Eccellenza' },
  { title: 'The Right Honourable' },
  { title: 'The Honourable' },
  { title: 'The Honorable' },
  { title: 'The Hon.' },
  { title: 'Rt. Hon.' },
  { title: 'Rt Hon' },
  { title: 'Excellency' },
  { title: 'Excellence' },
  { title: 'Exzellenz' },
  { title: 'Eccellenza' },
  { title: 'Honourable' },
  { title: 'Honorable' },
  { title: 'Hon.' },
  { title: 'S.E.' },
  { title: 'H.E.' },
  { title: 'On.' },
  { title: 'Onorevole' },
  { title: 'Mr.', gender: 'male' },
  { title: 'Mr', gender: 'male' },
  { title: 'Mister', gender: 'male' },
  { title: 'Sir', gender: 'male' },
  { title: 'Herrn', gender: 'male' },
  { title: 'Herr', gender: 'male' },
  { title: 'Monsieur', gender: 'male' },
  { title: 'M.', gender: 'male' },
  { title: 'Signor', gender: 'male' },
  { title: 'Signore', gender: 'male' },
  { title: 'Sig.', gender: 'male' },
  { title: 'Egregio', gender: 'male' },
  { title: 'Egr.', gender: 'male' },
  { title: 'Mrs.', gender: 'female' },
  { title: 'Mrs', gender: 'female' },
  { title: 'Ms.', gender: 'female' },
  { title: 'Ms', gender: 'female' },
  { title: 'Miss', gender: 'female' },
  { title: 'Madam', gender: 'female' },
  { title: 'Frau', gender: 'female' },
  { title: 'Madame', gender: 'female' },
  { title: 'Mme', gender: 'female' },
  { title: 'Mme.', gender: 'female' },
  { title: 'Mlle', gender: 'female' },
  { title: 'Mademoiselle', gender: 'female' },
  { title: 'Signora', gender: 'female' },
  { title: 'Sig.ra', gender: 'female' },
  { title: 'Sig.a', gender: 'female' },
  { title: 'Gentilissima', gender: 'female' },
  { title: 'Gent.ma', gender: 'female' },
  { title: 'Egregia', gender: 'female' },
  { title: 'Dott.ssa', gender: 'female' },
  { title: 'Gentile' },
  { title: 'Gent.' },
  { title: 'Dr.' },
  { title: 'Dr' },
  { title: 'Prof.' },
  { title: 'Prof' },
  { title: 'Dott.' },
  { title: 'Avv.' },
  { title: 'Ing.' },
];

/** Office words that name a feminine holder: a gender where the address has no courtesy title. */
export const FEMALE_OFFICE_WORDS: readonly string[] = [
  '=präsidentin', '*präsidentin', '*ministerin', '*botschafterin', '=richterin', '*staatsanwältin', '*kanzlerin',
  '=gouverneurin', '=ambassadrice', '=procureure', '=gouverneure', '=directrice', '=première ministre', '=ministra',
  '=ambasciatrice', '=procuratrice', '=governatrice', '=direttrice', '=presidentessa',
];

/**
 * Office words that give a role, most specific first: the first role with a word on the first
 * line that has any decides ("Premierminister" before "Minister", "Procureur du Roi" before "Roi").
 */
export const ROLE_KEYWORDS: ReadonlyArray<{ role: Role; keywords: readonly string[] }> = [
  {
    role: 'head-of-government',
    keywords: [
      'prime minister', 'premier ministre', 'première ministre', '*premierminister', '*ministerpräsident', 'primo ministro',
      'prima ministra', 'presidente del consiglio', 'head of government', 'chef du gouvernement', 'cheffe du gouvernement',
      'capo del governo', '*regierungschef', 'chancellor', '*kanzler', 'chancelier', 'chancelière', 'cancelliere',
    ],
  },
  {
    role: 'prosecutor',
    keywords: ['prosecut', 'attorney general', '*staatsanwalt', '*staatsanwält', 'procureur', 'procureure', 'procura', 'parquet'],
  },
  {
    role: 'ambassador',
    keywords: [
      'ambassador', 'embassy', 'ambassade', 'ambassadeur', 'ambassadrice', 'ambasciat', '*botschaft', 'high commission',
      "chargé d'affaires", 'permanent mission', 'mission permanente', 'ständige mission', 'ständige vertretung',
      'missione permanente',
    ],
  },
  {
    role: 'judge',
    keywords: ['judge', 'chief justice', 'judiciary', 'richter', '*bundesrichter', '*oberrichter', '*verfassungsrichter', '=juge', 'giudice', 'magistrat'],
  },
  { role: 'governor', keywords: ['governor', 'gouverneur', 'governat'] },
  { role: 'minister', keywords: ['*minister', 'ministr', 'secretary of state'] },
  {
    role: 'head-of-state',
    keywords: [
      'president', '*präsident', 'présidence', 'presidenza', 'head of state', "chef de l'état", "cheffe de l'état",
      'capo dello stato', 'staatsoberhaupt', '=king', '=queen', '=könig', '=königin', '=roi', '=reine', '=emir', '=sultan',
    ],
  },
];

/** With a president's title, these make the recipient a court's president: role `judge`. */
export const COURT_WORDS: readonly string[] = ['=court', '=cour', '*gericht', 'tribunal', '=corte'];

/** Offices without a table of their own: role `official` (still marked as guessed). */
export const OFFICIAL_WORDS: readonly string[] = [
  'director', 'directeur', 'directrice', '*direktor', 'direttore', 'direttrice', 'head of', 'chief of', 'chef de',
  'cheffe de', '*leiter', 'commissioner', 'commissaire', '*kommissar', 'commissario', 'police', '*polizei', 'polizia',
  'prison', '*gefängnis', 'carcere', 'penitentiar', 'secretary', '*sekretär', 'secrétaire', 'segretari', 'mayor',
  '*bürgermeister', '=maire', 'sindaco', 'ombuds', 'médiateur', 'difensore civico', 'commander', '*kommandant',
  'commandant', 'comandante', 'consul', '*konsul', 'console',
];

/** Words of institutions and buildings: an address line, never a person's name. */
export const INSTITUTION_WORDS: readonly string[] = [
  'palace', 'palais', 'palazzo', '*palast', 'office', 'bureau', 'ufficio', '*büro', 'ministry', 'ministère', 'ministero',
  '*ministerium', 'administration', 'amministrazione', '*verwaltung', 'chancellery', 'chancellerie', 'cancelleria',
  '*kanzlei', 'cabinet', '*kabinett', 'gabinetto', 'department', 'département', 'dipartimento', '*departement',
  'secretariat', 'sekretariat', 'segretariato', 'presidency', 'government', 'gouvernement', 'governo', '*regierung',
  'parliament', 'parlement', 'parlamento', '*parlament', 'republic', 'république', '*republik', 'repubblica', 'kingdom',
  'royaume', '*königreich', '=regno', 'federation', 'fédération', '*föderation', 'federazione', 'council', 'conseil',
  'consiglio', '=court', '=cour', 'tribunal', '*gericht', '=corte',
];

/** Street and post-box words: an address line. */
export const STREET_WORDS: readonly string[] = [
  'street', '*strasse', '=str', 'road', 'avenue', '=av', 'boulevard', '=blvd', '=bd', 'lane', '=rue', 'chemin', 'route',
  '=place', '*platz', '*gasse', '*weg', '*allee', '=via', 'viale', 'piazza', 'corso', 'largo', 'ulitsa', '=ul', 'prospekt',
  'square', 'drive', 'p o box', 'po box', 'postfach', 'case postale', 'casella postale', '=bp', '=b p',
];
