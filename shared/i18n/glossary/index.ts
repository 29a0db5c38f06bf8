import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { it } from './it';
import type { Glossary } from './types';

export type { Glossary, GlossaryEntry } from './types';

/** The glossary of each UI language; tests/unit/glossary.test.ts holds every catalogue to it. */
export const GLOSSARIES: Readonly<Record<'en' | 'fr' | 'de' | 'it', Glossary>> = { en, fr, de, it };
