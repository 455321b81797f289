// Labels built from corpus text: each piece isolated (core/text/bidi) so an Arabic title or source
// does not reorder the dates and figures beside it.
import { isolate } from '../core/text/bidi';

export { isolate, isolateRuns } from '../core/text/bidi';

/** Pieces of a label joined with ` · `, each isolated. */
export function joinIsolated(parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((p): p is string => Boolean(p)).map(isolate).join(' · ');
}
