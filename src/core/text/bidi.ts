// Right-to-left text shown inside left-to-right text (an Arabic source in an English message, an
// Arabic title before its date) reorders its neighbours unless it is isolated: U+2068 … U+2069.
const RTL_CLASS = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC';
const RTL = new RegExp(`[${RTL_CLASS}]`);
/** A run from one right-to-left letter to the last before a Latin letter or parenthesis. */
const RTL_RUN = new RegExp(`[${RTL_CLASS}](?:[^A-Za-z()\\u2066-\\u2069]*[${RTL_CLASS}])?`, 'g');
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const FSI = '\u2068';
export const LRI = '\u2066';
export const PDI = '\u2069';

export function hasRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/** The text without its own embeddings, overrides and isolates, so they cannot break out of ours. */
export function stripBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The text in the direction of its first strong character, isolated when it holds right-to-left letters. */
export function isolate(text: string): string {
  const clean = stripBidiControls(text);
  return hasRightToLeft(clean) ? FSI + clean + PDI : clean;
}

/** Every right-to-left run inside a left-to-right text isolated (spaces, punctuation and digits between its letters belong to it). */
export function isolateRuns(text: string): string {
  return stripBidiControls(text).replace(RTL_RUN, (run) => FSI + run + PDI);
}
