/** Campaign drafts from appeal letters: recognise a letter's parts, then make or extend a draft. */
export * from './types';
export * from './clean-text';
export * from './recognise-letter';
export * from './to-draft';
