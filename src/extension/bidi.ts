// Right-to-left text inside a left-to-right line (an Arabic title before its date, an Arabic source
// between two figures) reorders its neighbours: `2025-03-11` shows as `11-03-2025`. Wrapping each
// right-to-left piece in a first-strong isolate (U+2068 … U+2069) keeps the neighbours in place.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * Every right-to-left run inside a left-to-right text isolated, e.g. the Arabic sources inside a
 * finding's English message: a run starts and ends with a right-to-left letter and may hold spaces,
 * punctuation and digits between.
 */
const RTL_RUN = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff](?:[^A-Za-z()\u2068\u2069]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?/g;

export function isolateRuns(text: string): string {
  return text.replace(RTL_RUN, (run) => `\u2068${run}\u2069`);
}

/** Pieces of a label joined with ` · `, each isolated. */
export function joinIsolated(parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((p): p is string => Boolean(p)).map(isolate).join(' · ');
}
