/** `speech`: someone's statement; `term`: scare quotes or a name (an outlet, programme, app, slogan). */
export type QuoteKind = 'speech' | 'term';

/**
 * One quotation. The span covers the quotation marks and what they enclose (for the
 * `قال …:-` pattern with no marks, the quoted line). Offsets as for numbers.
 */
export interface QuoteMention {
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
  kind: QuoteKind;
  /** Who is quoted, exactly `source.slice(speakerStart, speakerEnd)`; null when the text does not say. */
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The reporting word that attributes it (`قال`, `أضاف`, `said`, `according to`), as written; null when none. */
  cue: string | null;
}
