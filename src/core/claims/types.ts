import type { Precision } from '../numbers/types';

/** Default metrics are `killed`, `injured`, `detained`, `missing`, `displaced` and `damage`; a corpus may add its own. */
export type MetricId = string;
/** Default scopes are `security-forces`, `civilians`, `children`, `protesters` and `militants`; a corpus may add its own. */
export type ScopeId = string;

export type ClaimStatus = 'reported' | 'unconfirmed' | 'retracted';

/**
 * A figure bound to what it counts. Offsets, line and character are those of the number
 * mention (0-based, UTF-16 code units into the article text).
 */
export interface Claim {
  /** Unique in a corpus and stable while the article's text before it is unchanged: `path#start`. */
  id: string;
  path: string;
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  metric: MetricId;
  /** Who is counted; null when the figure counts everyone. */
  scope: ScopeId | null;
  /** A place the figure is limited to, as written (`ألماتي`, `Almaty`), when one is stated. */
  location: string | null;
  /** A part of a total stated just before (`103 منهم`, `including 6 children`): never compared with totals. */
  part: boolean;
  value: number;
  low: number | null;
  high: number | null;
  precision: Precision;
  /** ISO 4217 code for money (damage), else null. */
  unit: string | null;
  /** ISO date (`2022-01-10`) the figure speaks of, or null when unknown. */
  date: string | null;
  source: string | null;
  status: ClaimStatus;
  quoted: boolean;
}
