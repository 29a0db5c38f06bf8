import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gender, Role } from '../../shared/campaign/schema';
import { checkCampaign } from '../../shared/campaign/check-campaign';
import { choicesOf } from '../../shared/campaign/template';
import { markdownToBlocks } from '../../shared/letter/markdown-blocks';
import type { LetterBlock } from '../../shared/letter/model';
import { SEED_LETTER_FILE } from '../support/seed-letter';
import {
  addLanguageToDraft,
  cleanLetterText,
  draftFromRecognition,
  recogniseLetter,
  type LetterPart,
  type LetterRecognition,
  type SenderBlank,
  type UnsureReason,
} from '../../shared/campaign/from-letter';

/*
 * Every fixture letter (tests/fixtures/letters) and the seed letter, each part asserted: written
 * from the letters themselves, not from the recogniser's output.
 */

const LETTERS = path.join(import.meta.dirname, '../fixtures/letters');
const SEED = SEED_LETTER_FILE;

interface ExpectedPerson {
  name: string;
  role: Role;
  gender: Gender;
  address: string[];
}

interface ExpectedLetter {
  language: string;
  recipient: ExpectedPerson | null;
  subject?: string;
  salutation?: string;
  closing?: string;
  /** The salutation is not in the tables: kept with the closing as the campaign's own pair. */
  ownSalutation?: boolean;
  /** The body's first words and last words, its paragraphs and list items as printed. */
  bodyStarts: string;
  bodyEnds: string;
  paragraphs: number;
  listItems: string[][];
  choices: string[][];
  copies: ExpectedPerson[];
  footer?: string;
  senderBlanks: SenderBlank[];
  unplaced: string[];
  /** The parts found, each with its unsure reasons. */
  parts: Partial<Record<LetterPart, UnsureReason[]>>;
  country?: string;
}

const EXPECTED: Record<string, ExpectedLetter> = {
  'seed (letter-azerbaijan-2020.txt)': {
    language: 'en',
    recipient: {
      name: 'Ilham Aliyev',
      role: 'head-of-state',
      gender: 'male',
      address: [
        'Mr. Ilham Aliyev',
        'President of the Republic of Azerbaijan',
        'Presidential Palace',
        'Istiqlaliyyat Street 19',
        '1066 Baku',
        'Azerbaijan',
      ],
    },
    salutation: 'Dear Mr. President,',
    closing: 'Yours respectfully,',
    bodyStarts:
      'As a {{member|supporter}} of ACAT-Switzerland, the Action by Christians for the Abolition of Torture and the Death Penalty, I am writing to you regarding the situation of the Armenian population in the region of Nagorno-Karabakh.',
    bodyEnds: 'I thank you for the attention you will give to this concern.',
    paragraphs: 7,
    listItems: [
      [
        'make sure that these provisions are imperatively applied in the region of Nagorno-Karabakh in order to protect its population, in particular the Christian Armenian community;',
        'ensure in particular that the Christian Armenian community in Nagorno-Karabakh is guaranteed its rights to freedom of religion and cult;',
        'launch swift and thorough investigations into the serious violations allegedly committed by Azerbaijani troops or its allies in Nagorno-Karabakh during the recent conflict, find and prosecute their authors and accomplices and finally bring them to justice according to international standards.',
      ],
    ],
    choices: [['member', 'supporter']],
    copies: [
      {
        name: 'Hanum Ibrahimova',
        role: 'ambassador',
        gender: 'female',
        address: ['Mrs Hanum Ibrahimova', 'Ambassador', 'Embassy of the Republic of Azerbaijan', 'Kramburgstrasse 10', '3006 Bern'],
      },
    ],
    footer:
      'ACAT-Switzerland is a politically neutral and independent human rights organization affiliated to the International Federation of ACAT (FIACAT), which has consultative status with the United Nations and participative Status with the Council of Europe.',
    senderBlanks: [],
    unplaced: [],
    parts: {
      recipient: [],
      salutation: [],
      body: ['choiceMade', 'languageGuessed'],
      closing: [],
      copies: [],
      footer: ['footerGuessed'],
    },
    country: 'Azerbaijan',
  },
  'de-praesident-betreff.txt': {
    language: 'de',
    recipient: {
      name: 'Kassym-Schomart Tokajew',
      role: 'head-of-state',
      gender: 'male',
      address: ['Herrn', 'Kassym-Schomart Tokajew', 'Präsident der Republik Kasachstan', 'Akorda, Mangilik El 6', '010000 Astana', 'Kasachstan'],
    },
    subject: 'Kasachstan – Freilassung des Journalisten Marat Scharipow',
    salutation: 'Sehr geehrter Herr Präsident',
    closing: 'Mit vorzüglicher Hochachtung',
    bodyStarts: 'Als {{Mitglied|Sympathisant}} der ACAT-Schweiz, der Aktion der Christen',
    bodyEnds: 'Ich danke Ihnen für Ihre Aufmerksamkeit.',
    paragraphs: 5,
    listItems: [
      [
        'Marat Scharipow unverzüglich und bedingungslos freizulassen;',
        'sicherzustellen, dass er bis zu seiner Freilassung weder gefoltert noch misshandelt wird;',
        'die Vorwürfe der Misshandlung unabhängig und unparteiisch untersuchen zu lassen.',
      ],
    ],
    choices: [['Mitglied', 'Sympathisant']],
    copies: [
      {
        name: 'Botschaft der Republik Kasachstan',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['Botschaft der Republik Kasachstan', 'Kalcheggweg 32', '3006 Bern'],
      },
    ],
    footer:
      'Die ACAT-Schweiz ist eine politisch neutrale und unabhängige Menschenrechtsorganisation und Mitglied der Internationalen Föderation der ACAT (FIACAT).',
    senderBlanks: ['name', 'signature', 'placeDate'],
    unplaced: [],
    parts: {
      recipient: [],
      placeDate: [],
      subject: [],
      salutation: [],
      body: ['choiceMade', 'languageGuessed'],
      closing: [],
      signature: [],
      copies: [],
      footer: ['footerGuessed'],
    },
    country: 'Kasachstan',
  },
  'de-ministerin-nummeriert.txt': {
    language: 'de',
    recipient: {
      name: 'Leila Haddad',
      role: 'minister',
      gender: 'female',
      address: ['Frau Dr. Leila Haddad', 'Justizministerin der Tunesischen Republik', 'Boulevard Bab Benat 31', '1006 Tunis', 'Tunesien'],
    },
    salutation: 'Sehr geehrte Frau Ministerin,',
    closing: 'Mit freundlichen Grüssen',
    bodyStarts: 'mit grosser Besorgnis habe ich erfahren, dass die Anwältin Samia Ben Salah',
    bodyEnds: 'Ich danke Ihnen für Ihre Aufmerksamkeit.',
    paragraphs: 4,
    listItems: [
      [
        'Samia Ben Salah umgehend und bedingungslos freizulassen;',
        'ihr bis dahin regelmässigen Zugang zu ihren Anwälten und ihrer Familie zu gewähren;',
        'das Dekret 54 aufzuheben oder mit den internationalen Menschenrechtsnormen in Einklang zu bringen.',
      ],
    ],
    choices: [],
    copies: [
      {
        name: 'Botschaft der Tunesischen Republik',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['Botschaft der Tunesischen Republik', 'Kirchenfeldstrasse 63', '3005 Bern'],
      },
    ],
    footer: 'Weitere Informationen: www.acat.ch',
    senderBlanks: ['placeDate'],
    unplaced: [],
    parts: { recipient: [], placeDate: [], salutation: [], body: ['languageGuessed'], closing: [], copies: [], footer: ['footerGuessed'] },
    country: 'Tunesien',
  },
  'de-staatsanwalt-pdf.txt': {
    language: 'de',
    recipient: {
      name: 'Dmitri Wolkow',
      role: 'prosecutor',
      gender: 'male',
      address: [
        'Herrn Dmitri Wolkow',
        'Leitender Staatsanwalt',
        'Staatsanwaltschaft der Region Swerdlowsk',
        'ul. Malyschewa 15',
        '620014 Jekaterinburg',
        'Russland',
      ],
    },
    salutation: 'Sehr geehrter Herr Staatsanwalt',
    closing: 'Hochachtungsvoll',
    ownSalutation: true,
    bodyStarts:
      'Ich wende mich an Sie im Fall von Pawel Iwanow, der seit dem 12. Januar in der Untersuchungshaftanstalt Nr. 1 in Jekaterinburg festgehalten wird. Nach Angaben seiner Anwältin',
    bodyEnds: 'die Foltervorwürfe umgehend, gründlich und unparteiisch untersuchen zu lassen und die Verantwortlichen vor Gericht zu stellen.',
    paragraphs: 3,
    listItems: [],
    choices: [],
    copies: [],
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    unplaced: [],
    parts: { recipient: [], placeDate: [], salutation: ['salutationNotInTables'], body: ['languageGuessed'], closing: [], signature: [] },
    country: 'Russland',
  },
  'en-governor-subject.txt': {
    language: 'en',
    recipient: {
      name: 'Jane Miller',
      role: 'governor',
      gender: 'unspecified',
      address: ['The Honorable Jane Miller', 'Governor of Texas', 'Office of the Governor', 'P.O. Box 12428', 'Austin, TX 78711-2428', 'USA'],
    },
    subject: 'Clemency for Robert Ellis',
    salutation: 'Dear Governor Miller,',
    closing: 'Respectfully,',
    bodyStarts: 'As a {{member|supporter}} of ACAT-Switzerland, I am writing to ask you to grant clemency to Robert Ellis',
    bodyEnds: 'Thank you for considering this appeal.',
    paragraphs: 5,
    listItems: [
      [
        'grant Robert Ellis clemency and commute his death sentence;',
        'support a full and independent review of the evidence in his case;',
        'declare a moratorium on executions in the State of Texas.',
      ],
    ],
    choices: [['member', 'supporter']],
    copies: [],
    footer:
      'ACAT-Switzerland is a politically neutral and independent human rights organization that campaigns for the abolition of torture and the death penalty.',
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    unplaced: [],
    parts: {
      // "The Honorable" and "Dear Governor Miller," say nothing of the gender.
      recipient: ['genderGuessed'],
      placeDate: [],
      subject: [],
      salutation: [],
      body: ['choiceMade', 'languageGuessed'],
      closing: [],
      signature: [],
      footer: ['footerGuessed'],
    },
    country: 'USA',
  },
  'en-prime-minister-numbered.txt': {
    language: 'en',
    recipient: {
      name: 'Rajan Thapa',
      role: 'head-of-government',
      gender: 'male',
      address: ['Mr. Rajan Thapa', 'Prime Minister of Nepal', 'Office of the Prime Minister and Council of Ministers', 'Singha Durbar', 'Kathmandu 44600', 'Nepal'],
    },
    subject: 'Nepal – justice for the family of Dhan Bahadur Gurung',
    salutation: 'Dear Prime Minister,',
    closing: 'Yours sincerely,',
    bodyStarts: 'I am writing to you about Dhan Bahadur Gurung, who died in police custody in Pokhara',
    bodyEnds: 'Thank you for your attention to this matter.',
    paragraphs: 6,
    listItems: [
      [
        'order a prompt, independent and impartial investigation into the death of Dhan Bahadur Gurung;',
        'suspend the officers concerned while the investigation is under way;',
        'make sure that his family receives the autopsy report and fair reparation.',
      ],
    ],
    choices: [],
    copies: [
      {
        name: 'Sita Sharma',
        role: 'ambassador',
        gender: 'female',
        address: ['H.E. Ms. Sita Sharma', 'Ambassador of Nepal', 'Embassy of Nepal', 'Im Hag 15', '53179 Bonn', 'Germany'],
      },
      {
        name: 'Ministry of Home Affairs',
        role: 'minister',
        gender: 'unspecified',
        address: ['Ministry of Home Affairs', 'Singha Durbar', 'Kathmandu 44600', 'Nepal'],
      },
    ],
    senderBlanks: ['name', 'signature', 'placeDate'],
    unplaced: [],
    parts: {
      recipient: [],
      placeDate: [],
      subject: [],
      salutation: [],
      body: ['languageGuessed'],
      closing: [],
      signature: [],
      copies: ['copyRoleGuessed'],
    },
    country: 'Nepal',
  },
  'en-chief-justice-pdf.txt': {
    language: 'en',
    recipient: {
      name: 'Priya Jayawardena',
      role: 'judge',
      gender: 'female',
      address: ['Ms. Priya Jayawardena', 'Chief Justice', 'Supreme Court of Sri Lanka', 'Hulftsdorp Street', 'Colombo 12', 'Sri Lanka'],
    },
    salutation: 'Dear Chief Justice,',
    closing: 'Yours sincerely,',
    ownSalutation: true,
    bodyStarts:
      'I am writing to express my deep concern about the case of Mohamed Rizwan, a teacher who has been held without trial under the Prevention of Terrorism Act since March 2021.',
    bodyEnds: 'Thank you for your attention.',
    paragraphs: 4,
    listItems: [
      [
        'Mohamed Rizwan is brought before a court without further delay or released;',
        'his allegations of ill-treatment are investigated by an independent body;',
        'he receives the medical care he needs.',
      ],
    ],
    choices: [],
    copies: [
      {
        name: 'High Commission of Sri Lanka',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['High Commission of Sri Lanka', '13 Hyde Park Gardens', 'London W2 2LU'],
      },
    ],
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    // An unlabelled line before the salutation may be a subject: the coordinator decides.
    unplaced: ['Mohamed Rizwan must be tried or released'],
    parts: {
      recipient: [],
      placeDate: [],
      salutation: ['salutationNotInTables'],
      body: ['languageGuessed'],
      closing: [],
      signature: [],
      copies: [],
    },
    country: 'Sri Lanka',
  },
  'fr-president-objet.txt': {
    language: 'fr',
    recipient: {
      name: 'Ilham Aliyev',
      role: 'head-of-state',
      gender: 'male',
      address: [
        'S.E. Monsieur Ilham Aliyev',
        "Président de la République d'Azerbaïdjan",
        'Palais présidentiel',
        '19, rue Istiqlaliyyat',
        '1066 Bakou',
        'Azerbaïdjan',
      ],
    },
    subject: 'Haut-Karabakh – protéger la population arménienne',
    salutation: 'Monsieur le Président de la République,',
    closing: "Veuillez agréer, Monsieur le Président de la République, l'expression de ma très haute considération.",
    bodyStarts: "En tant que {{membre|sympathisant}} de l'ACAT-Suisse, l'Action des chrétiens",
    bodyEnds: "Je vous remercie de l'attention que vous voudrez bien porter à ma demande.",
    paragraphs: 5,
    listItems: [
      [
        "de veiller à ce que ces dispositions soient appliquées dans la région du Haut-Karabakh afin d'en protéger la population ;",
        'de garantir à la communauté arménienne chrétienne ses droits à la liberté de religion et de culte ;',
        "d'ouvrir sans délai des enquêtes approfondies sur les graves violations commises pendant le conflit.",
      ],
    ],
    choices: [['membre', 'sympathisant']],
    copies: [
      {
        name: 'Hanum Ibrahimova',
        role: 'ambassador',
        gender: 'female',
        address: ['Madame Hanum Ibrahimova', 'Ambassadrice', "Ambassade de la République d'Azerbaïdjan", 'Kramburgstrasse 10', '3006 Berne'],
      },
    ],
    footer:
      "L'ACAT-Suisse est une organisation de défense des droits humains politiquement neutre et indépendante, membre de la Fédération internationale des ACAT (FIACAT).",
    senderBlanks: ['signature', 'placeDate'],
    unplaced: [],
    parts: {
      recipient: [],
      placeDate: [],
      subject: [],
      salutation: [],
      body: ['choiceMade', 'languageGuessed'],
      closing: [],
      signature: [],
      copies: [],
      footer: ['footerGuessed'],
    },
    country: 'Azerbaïdjan',
  },
  'fr-ministre-copie-avant.txt': {
    language: 'fr',
    recipient: {
      name: 'Laurence Mbarga',
      role: 'minister',
      gender: 'female',
      address: ['Madame Laurence Mbarga', 'Ministre de la Justice, Garde des Sceaux', 'Ministère de la Justice', 'BP 466', 'Yaoundé', 'Cameroun'],
    },
    salutation: 'Madame la Ministre,',
    closing: "Veuillez agréer, Madame la Ministre, l'expression de ma haute considération.",
    bodyStarts: 'Je me permets de vous écrire au sujet de Paul Nkwenti, journaliste anglophone',
    bodyEnds: "Je vous remercie de l'attention que vous porterez à cette demande.",
    paragraphs: 4,
    listItems: [
      [
        'de libérer Paul Nkwenti sans délai ni condition ;',
        "de veiller à ce qu'il ne soit pas jugé par un tribunal militaire ;",
        "de lui garantir l'accès à ses avocats et à sa famille.",
      ],
    ],
    choices: [],
    copies: [
      {
        name: 'Ambassade de la République du Cameroun',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['Ambassade de la République du Cameroun', 'Brunnadernrain 29', '3006 Berne'],
      },
    ],
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    unplaced: ['LETTRE TYPE'],
    parts: { recipient: [], placeDate: [], salutation: [], body: ['languageGuessed'], closing: [], signature: [], copies: [] },
    country: 'Cameroun',
  },
  'fr-procureur-pdf.txt': {
    language: 'fr',
    recipient: {
      name: 'Youssef El Amrani',
      role: 'prosecutor',
      gender: 'male',
      address: ['Monsieur Youssef El Amrani', 'Procureur du Roi près le Tribunal de première instance', 'Avenue Mohammed V', '10000 Rabat', 'Maroc'],
    },
    salutation: 'Monsieur le Procureur,',
    // The closing's second line, wrapped by the PDF, is joined to it.
    closing: "Je vous prie d'agréer, Monsieur le Procureur, l'expression de ma haute considération.",
    ownSalutation: true,
    bodyStarts:
      "Je souhaite attirer votre attention sur la situation de Nabil Ouardi, militant sahraoui arrêté le 9 septembre à Rabat et placé en garde à vue pendant quatre jours sans avoir pu consulter d'avocat.",
    bodyEnds: "d'écarter du dossier toute déclaration obtenue sous la contrainte.",
    paragraphs: 3,
    listItems: [],
    choices: [],
    copies: [],
    footer: "L'ACAT-Suisse est une association œcuménique de défense des droits humains, fondée en 1981.\nSpeichergasse 29, 3001 Berne – www.acat.ch",
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    unplaced: [],
    parts: {
      recipient: [],
      placeDate: [],
      salutation: ['salutationNotInTables'],
      body: ['languageGuessed'],
      closing: [],
      signature: [],
      footer: ['footerGuessed'],
    },
    country: 'Maroc',
  },
  'it-presidente-oggetto.txt': {
    language: 'it',
    recipient: {
      name: 'Rustam Karimov',
      role: 'head-of-state',
      gender: 'male',
      address: [
        "Al Presidente della Repubblica dell'Uzbekistan",
        'S.E. Sig. Rustam Karimov',
        'Palazzo presidenziale',
        'Via Uzbekistan 43',
        '100163 Tashkent',
        'Uzbekistan',
      ],
    },
    subject: 'Uzbekistan – liberare il difensore dei diritti umani Bakhtiyor Aliev',
    salutation: 'Signor Presidente,',
    closing: 'Con osservanza,',
    bodyStarts: "in qualità di {{membro|simpatizzante}} dell'ACAT-Svizzera",
    bodyEnds: "La ringrazio per l'attenzione che vorrà dedicare a questo appello.",
    paragraphs: 4,
    listItems: [
      [
        'disporre la liberazione immediata e incondizionata di Bakhtiyor Aliev;',
        'garantire che non sia sottoposto a tortura o maltrattamenti;',
        "avviare un'indagine indipendente sulle accuse di maltrattamento.",
      ],
    ],
    choices: [['membro', 'simpatizzante']],
    copies: [
      {
        name: "Ambasciata della Repubblica dell'Uzbekistan",
        role: 'ambassador',
        gender: 'unspecified',
        address: ["Ambasciata della Repubblica dell'Uzbekistan", 'Sägestrasse 6', '3098 Köniz'],
      },
    ],
    footer:
      "L'ACAT-Svizzera è un'organizzazione per i diritti umani politicamente neutrale e indipendente, affiliata alla Federazione internazionale delle ACAT (FIACAT).",
    senderBlanks: ['signature', 'placeDate'],
    unplaced: [],
    parts: {
      recipient: [],
      placeDate: [],
      subject: [],
      salutation: [],
      body: ['choiceMade', 'languageGuessed'],
      closing: [],
      signature: [],
      copies: [],
      footer: ['footerGuessed'],
    },
    country: 'Uzbekistan',
  },
  'it-ministra-numerata.txt': {
    language: 'it',
    recipient: {
      name: 'Amina Belkacem',
      role: 'minister',
      gender: 'female',
      address: ['Sig.ra Amina Belkacem', 'Ministra della Giustizia', 'Ministero della Giustizia', '8 Place Bir Hakem', '16030 El Biar, Algeri', 'Algeria'],
    },
    salutation: 'Signora Ministra,',
    closing: 'Distinti saluti,',
    bodyStarts: 'Le scrivo per esprimerLe la mia preoccupazione per Karim Haddad',
    // The bare HYPERLINK field code is gone, its shown text stays.
    bodyEnds: 'Per maggiori informazioni: www.acat.ch/it',
    paragraphs: 4,
    listItems: [
      [
        'disporre il rilascio immediato di Karim Haddad;',
        "garantirgli nel frattempo l'accesso ai suoi avvocati e alla sua famiglia;",
        'porre fine alle azioni giudiziarie contro i giornalisti per il loro lavoro.',
      ],
    ],
    choices: [],
    copies: [
      {
        name: 'Ambasciata della Repubblica algerina democratica e popolare',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['Ambasciata della Repubblica algerina democratica e popolare', 'Willadingweg 74', '3006 Berna'],
      },
    ],
    senderBlanks: ['placeDate'],
    unplaced: [],
    parts: { recipient: [], placeDate: [], salutation: [], body: ['languageGuessed'], closing: [], copies: [] },
    country: 'Algeria',
  },
  'it-procuratore-pdf.txt': {
    language: 'it',
    recipient: {
      name: 'Pavel Orlov',
      role: 'prosecutor',
      gender: 'male',
      address: ['Al Procuratore Generale della Federazione Russa', 'Sig. Pavel Orlov', 'ul. Bolshaya Dmitrovka 15a', '125993 Mosca', 'Federazione Russa'],
    },
    salutation: 'Illustre Signor Procuratore,',
    closing: 'Distinti saluti',
    ownSalutation: true,
    bodyStarts: 'Le scrivo in merito al caso di Oleg Smirnov, obiettore di coscienza condannato a due anni di colonia penale',
    bodyEnds: 'e a garantire che Oleg Smirnov riceva le cure mediche di cui ha bisogno.',
    paragraphs: 2,
    listItems: [],
    choices: [],
    copies: [
      {
        name: 'Ambasciata della Federazione Russa',
        role: 'ambassador',
        gender: 'unspecified',
        address: ['Ambasciata della Federazione Russa', 'Brunnadernrain 37', '3006 Berna'],
      },
    ],
    senderBlanks: ['name', 'address', 'signature', 'placeDate'],
    unplaced: [],
    parts: { recipient: [], placeDate: [], salutation: ['salutationNotInTables'], body: ['languageGuessed'], closing: [], signature: [], copies: [] },
    country: 'Federazione Russa',
  },
};

function letterText(name: string): string {
  return readFileSync(name.startsWith('seed') ? SEED : path.join(LETTERS, name), 'utf8');
}

const recognitions = new Map<string, LetterRecognition>();
function recognised(name: string): LetterRecognition {
  let recognition = recognitions.get(name);
  if (!recognition) {
    recognition = recogniseLetter(letterText(name));
    recognitions.set(name, recognition);
  }
  return recognition;
}

/** The body as the app prints it: through the app's own Markdown reader. */
function printedBody(body: string): LetterBlock[] {
  return markdownToBlocks(body, (text) => text);
}
const runsText = (runs: Array<{ text: string }>) => runs.map((run) => run.text).join('');

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(Object.entries(EXPECTED))('letter %s', (name, expected) => {
  const recognition = () => recognised(name);

  it('detects the language', () => {
    expect(recognition().language).toBe(expected.language);
  });

  it('reads the recipient: name, role, gender and the address lines as given', () => {
    const { recipient } = recognition();
    expect(recipient && { name: recipient.name, role: recipient.role, gender: recipient.gender, address: recipient.address }).toEqual(
      expected.recipient,
    );
  });

  it('reads subject, salutation and closing', () => {
    const { subject, salutation, closing, ownSalutations } = recognition();
    expect({ subject, salutation, closing }).toEqual({
      subject: expected.subject,
      salutation: expected.salutation,
      closing: expected.closing,
    });
    expect(ownSalutations).toEqual(expected.ownSalutation ? [{ salutation: expected.salutation, closing: expected.closing }] : undefined);
  });

  it('makes the body Markdown that prints as the letter wrote it', () => {
    const { body } = recognition();
    const blocks = printedBody(body);
    const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [runsText(block.runs)] : []));
    const lists = blocks.flatMap((block) => (block.kind === 'list' ? [block.items.map(runsText)] : []));
    expect(paragraphs[0]?.startsWith(expected.bodyStarts), paragraphs[0]).toBe(true);
    expect(paragraphs[paragraphs.length - 1]?.endsWith(expected.bodyEnds), paragraphs[paragraphs.length - 1]).toBe(true);
    expect(paragraphs).toHaveLength(expected.paragraphs);
    expect(lists).toEqual(expected.listItems);
    expect(choicesOf(body).map((choice) => choice.options)).toEqual(expected.choices);
    expect(body).not.toContain('[bookmark');
    expect(body).not.toMatch(/\bPAGE\b|MERGEFIELD|HYPERLINK/);
  });

  it('reads the copies, the footer and the sender blanks', () => {
    const { copies, footer, senderBlanks } = recognition();
    expect(copies.map(({ name: n, role, gender, address }) => ({ name: n, role, gender, address }))).toEqual(expected.copies);
    expect(footer).toBe(expected.footer);
    expect(senderBlanks).toEqual(expected.senderBlanks);
  });

  it('says which parts it found, how sure it is, and what it could not place', () => {
    const { parts, unplaced } = recognition();
    expect(Object.fromEntries(parts.map((part) => [part.part, part.reasons]))).toEqual(expected.parts);
    for (const part of parts) expect(part.sure).toBe(part.reasons.length === 0);
    expect(unplaced).toEqual(expected.unplaced);
    const recipientPart = parts.find((part) => part.part === 'recipient');
    expect(recipientPart?.original).toBe(expected.recipient?.address.join('\n') ?? '');
  });

  it('takes every part from the letter and loses no line of it', () => {
    const { parts, unplaced } = recognised(name);
    const lines = cleanLetterText(letterText(name))
      .map((line) => line.text)
      .filter(Boolean);
    const whole = squeeze(lines.join(' '));
    for (const part of parts) for (const line of part.original.split('\n')) expect(whole).toContain(squeeze(line));
    const kept = [...parts.map((part) => part.original), ...unplaced].join('\n');
    for (const line of lines) expect(kept).toContain(line);
  });

  it('becomes a draft the campaign validator accepts', () => {
    const draft = draftFromRecognition(recognised(name), { published: '2026-12-01', publisher: 'ACAT-Switzerland' });
    const checked = checkCampaign(draft as unknown as Record<string, unknown>);
    expect(checked.ok ? true : checked.problem).toBe(true);
    expect(draft.id).toMatch(/^2026-12-[a-z0-9-]+$/);
    expect(draft.country).toBe(expected.country);
    const text = draft.languages[expected.language];
    expect(text?.title).toBe(expected.subject ?? `${LETTER_TO[expected.language]} ${expected.recipient?.name}`);
    expect(text?.salutations).toEqual(recognised(name).ownSalutations);
  });
});

const LETTER_TO: Record<string, string> = { en: 'Letter to', de: 'Brief an', fr: 'Lettre à', it: 'Lettera a' };

describe('the seed letter', () => {
  it('matches the bundled campaign: recipient, copy, body ends, salutation pair from the tables', () => {
    const seed = recognised('seed (letter-azerbaijan-2020.txt)');
    expect(seed.body.startsWith('As a {{member|supporter}} of ACAT-Switzerland, ')).toBe(true);
    expect(seed.body.endsWith(' to this concern.')).toBe(true);
    expect(seed.body.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    expect(seed.ownSalutations).toBeUndefined();
    expect(seed.footer?.startsWith('ACAT-Switzerland is a politically neutral ')).toBe(true);
  });

  it('reads the same when an empty line follows every line, as DOCX readers give text', () => {
    const seed = recognised('seed (letter-azerbaijan-2020.txt)');
    const spaced = recogniseLetter(letterText('seed (letter-azerbaijan-2020.txt)').split('\n').join('\n\n'));
    expect({ ...spaced, parts: undefined }).toEqual({ ...seed, parts: undefined });
    expect(spaced.parts.map((part) => [part.part, part.reasons])).toEqual(seed.parts.map((part) => [part.part, part.reasons]));
  });

  it('is not asked about its language when the caller gives it', () => {
    const seed = recogniseLetter(letterText('seed (letter-azerbaijan-2020.txt)'), { language: 'en-GB' });
    expect(seed.language).toBe('en-GB');
    expect(seed.parts.find((part) => part.part === 'body')?.reasons).toEqual(['choiceMade']);
  });
});

describe('adding a language to a draft', () => {
  const seedDraft = () => draftFromRecognition(recognised('seed (letter-azerbaijan-2020.txt)'), { published: '2026-12-01', publisher: 'ACAT-Switzerland' });

  it('the French letter of the same appeal: same recipient, the copy already there', () => {
    const { draft, recipientDifferences } = addLanguageToDraft(seedDraft(), recognised('fr-president-objet.txt'));
    expect(recipientDifferences).toEqual([]);
    expect(Object.keys(draft.languages)).toEqual(['en', 'fr']);
    expect(draft.languages.fr?.title).toBe('Haut-Karabakh – protéger la population arménienne');
    expect(draft.languages.fr?.body.startsWith('En tant que {{membre|sympathisant}}')).toBe(true);
    expect(draft.recipient).toEqual(seedDraft().recipient);
    expect(draft.copies).toHaveLength(1);
    expect(checkCampaign(draft as unknown as Record<string, unknown>).ok).toBe(true);
  });

  it('a letter to someone else: every difference reported, the draft keeps its recipient, new copies added', () => {
    const { draft, recipientDifferences } = addLanguageToDraft(seedDraft(), recognised('fr-ministre-copie-avant.txt'));
    expect(recipientDifferences).toEqual(['name', 'role', 'gender', 'address']);
    expect(draft.recipient.name).toBe('Ilham Aliyev');
    expect(draft.copies?.map((copy) => copy.name)).toEqual(['Hanum Ibrahimova', 'Ambassade de la République du Cameroun']);
  });

  it('another head of state: only name and address differ', () => {
    const { recipientDifferences } = addLanguageToDraft(seedDraft(), recognised('de-praesident-betreff.txt'));
    expect(recipientDifferences).toEqual(['name', 'address']);
  });

  it('replaces the text of a language the draft already has', () => {
    const first = addLanguageToDraft(seedDraft(), recognised('fr-president-objet.txt')).draft;
    const again = addLanguageToDraft(first, { ...recognised('fr-ministre-copie-avant.txt'), language: 'fr' }).draft;
    expect(Object.keys(again.languages)).toEqual(['en', 'fr']);
    expect(again.languages.fr?.title).toBe('Lettre à Laurence Mbarga');
  });
});
