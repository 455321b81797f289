import type { CheckResult, Claim } from '../consistency/types';

type Cell = string | number | boolean | null;

interface Column {
  name: string;
  get: (claim: Claim, findings: string) => Cell;
}

const COLUMNS: readonly Column[] = [
  { name: 'id', get: (c) => c.id },
  { name: 'path', get: (c) => c.path },
  { name: 'line', get: (c) => c.line + 1 },
  { name: 'column', get: (c) => c.character + 1 },
  { name: 'text', get: (c) => c.text },
  { name: 'metric', get: (c) => c.metric },
  { name: 'scope', get: (c) => c.scope },
  { name: 'location', get: (c) => c.location },
  { name: 'part', get: (c) => c.part },
  { name: 'value', get: (c) => c.value },
  { name: 'low', get: (c) => c.low },
  { name: 'high', get: (c) => c.high },
  { name: 'precision', get: (c) => c.precision },
  { name: 'unit', get: (c) => c.unit },
  { name: 'date', get: (c) => c.date },
  { name: 'source', get: (c) => c.source },
  { name: 'status', get: (c) => c.status },
  { name: 'quoted', get: (c) => c.quoted },
  { name: 'findings', get: (_c, findings) => findings },
];

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * `corpus-review check --format csv`: one row per claim, RFC 4180 (CRLF, quoted fields), with a
 * UTF-8 BOM so spreadsheet programs read the Arabic right. 1-based line and column; `findings`
 * lists the ids of the findings a claim takes part in, separated by `;`. Null is an empty field.
 *
 * Corpus text is untrusted: a text field that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or CR) is written with a leading `'`.
 */
export function formatClaimsCsv(result: CheckResult): string {
  const findingsOf = new Map<string, string[]>();
  for (const f of result.findings) {
    for (const id of new Set(f.claims)) {
      const list = findingsOf.get(id);
      if (list) list.push(f.id);
      else findingsOf.set(id, [f.id]);
    }
  }
  const rows = [COLUMNS.map((col) => field(col.name)).join(',')];
  for (const c of result.claims) {
    const findings = (findingsOf.get(c.id) ?? []).join(';');
    rows.push(COLUMNS.map((col) => cell(col.get(c, findings))).join(','));
  }
  return BOM + rows.join(CRLF) + CRLF;
}

/** Numbers (line, column, value, low, high) are never prefixed: `-5` must stay a number. */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return field(defuse(value));
}

/** OWASP "CSV injection": a leading `'` makes spreadsheets read the field as text. */
function defuse(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
}

/** RFC 4180: quote a field holding `"`, `,`, CR or LF, doubling the inner quotes. */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
