// The reviewed list of upstream expectations judged wrong or out of scope (exceptions.yaml).
// An entry { suite, input, expected?, reason } applies to a case of that suite (or of a suite
// below it: "rt/ar" covers "rt/ar/number") whose input is the same string (ends trimmed).
// Without `expected` the whole case is excluded; with it, only the expectation whose text or
// value equals `expected`. Every use is counted and reported; unused entries are warned about.
import YAML from 'yaml';
import { readText, HarnessError } from './load.mjs';
import { sameValue } from './match.mjs';

export function loadExceptions(file) {
  let doc;
  try {
    doc = YAML.parse(readText(file)) ?? [];
  } catch (err) {
    throw new HarnessError(`invalid YAML in ${file}: ${err.message}`);
  }
  const list = Array.isArray(doc) ? doc : doc.exceptions;
  if (!Array.isArray(list)) throw new HarnessError(`${file}: expected a list of exceptions`);
  const entries = list.map((e, i) => {
    if (!e || typeof e.suite !== 'string' || typeof e.input !== 'string' || typeof e.reason !== 'string') {
      throw new HarnessError(`${file}: entry ${i + 1} needs string fields suite, input and reason`);
    }
    return { suite: e.suite, input: e.input, expected: e.expected ?? null, reason: e.reason, used: 0 };
  });

  const applies = (e, suite, input) =>
    (suite === e.suite || suite.startsWith(`${e.suite}/`)) && input.trim() === e.input.trim();

  return {
    entries,
    /** Entry excluding the whole case, if any. */
    caseExclusion(suite, input) {
      const hit = entries.find((e) => e.expected === null && applies(e, suite, input));
      if (hit) hit.used++;
      return hit ?? null;
    },
    /** Entry excluding one expectation ({ text?, value? }) of the case, if any. */
    itemExclusion(suite, input, item) {
      const hit = entries.find((e) => e.expected !== null && applies(e, suite, input) &&
        (String(e.expected).trim() === String(item.text ?? '').trim() ||
          String(e.expected).trim() === String(item.raw ?? '').trim() ||
          (typeof item.value === 'number' && sameValue(Number(e.expected), item.value))));
      if (hit) hit.used++;
      return hit ?? null;
    },
    unused(ranSuite) {
      return entries.filter((e) => e.used === 0 && ranSuite(e.suite));
    },
  };
}
