/**
 * One term per concept per UI language, and the wordings screens drifted into before. A wording
 * to avoid is a pattern, not a word: "letter" is right for what a member writes and prints, and
 * wrong only where it names a campaign in the list ("Delete this letter?").
 */
export interface GlossaryEntry {
  /** What the term names, in the glossary's own words (for the test's messages). */
  concept: string;
  /** The one term every screen uses; each catalogue of the language uses it somewhere. */
  term: string;
  avoid: readonly RegExp[];
}

export type Glossary = readonly GlossaryEntry[];
