/** How exactly a figure is stated. */
export type Precision =
  | 'exact'
  | 'approximate'
  | 'atLeast'
  | 'moreThan'
  | 'atMost'
  | 'lessThan'
  | 'vague';

/** What a figure is. Dates, times, years and ordinals are never counts. */
export type NumberKind =
  | 'quantity'
  | 'percent'
  | 'money'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'duration'
  | 'age';

export type Language = 'ar' | 'en';

/**
 * One numeric expression found in a text. Offsets are UTF-16 code units into the text
 * as given (BOM already removed); `line` and `character` are 0-based.
 */
export interface NumberMention {
  /** Exactly `text.slice(start, end)` of the analysed text. */
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
  /** Normalised value; for vague amounts the lower end of the interval; null for dates and times. */
  value: number | null;
  /** Lower bound of the interval the statement allows, null when open. */
  low: number | null;
  /** Upper bound of the interval the statement allows, null when open. */
  high: number | null;
  precision: Precision;
  kind: NumberKind;
  /** ISO 4217 code for money, `%` for percent, a time unit for durations and ages, else null. */
  unit: string | null;
  /** ISO 8601 form of a date (`2022-01-09`, `2022-01`, `1989`, `--01-09`) or time (`17:11:00`). */
  iso?: string;
}

export interface RecognizeOptions {
  /** Language hint; both lexicons are always active, this only breaks ties. */
  language?: Language;
  /** Relative half-width of the interval given to approximate figures (default 0.1 = ±10%). */
  approximateTolerance?: number;
}
