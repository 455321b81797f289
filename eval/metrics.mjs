// Per-row aggregates of case results (one row = source × language × kind).

const ratio = (n, d) => ({ n, d, pct: d ? (100 * n) / d : null });

export function rowMetrics(row) {
  const all = row.cases;
  const excludedCases = all.filter((c) => c.excluded).length;
  const live = all.filter((c) => !c.excluded && !c.skipped);
  const base = {
    cases: all.length,
    excludedCases,
    skipped: all.filter((c) => c.skipped).length,
    scored: live.length,
    failures: live.filter((c) => !c.pass).length,
  };
  if (row.mode === 'spans') return { ...base, ...spanMetrics(row, all, live) };
  if (row.mode === 'whole') return { ...base, ...wholeMetrics(live) };
  return { ...base, ...dateMetrics(live) };
}

function spanMetrics(row, all, live) {
  const items = live.flatMap((c) => c.expected.filter((e) => e.status !== 'inactive'));
  const nsItems = live.filter((c) => c.notSupported).flatMap((c) => c.expected.filter((e) => e.status !== 'inactive'));
  const recalled = (list, exactOnly) => list.filter((e) => e.status === 'exact' || (!exactOnly && e.status === 'relaxed')).length;
  const valued = items.filter((e) => e.status !== 'missed' && e.valueOk !== null);
  const tp = live.reduce((s, c) => s + c.tp, 0);
  const fp = live.reduce((s, c) => s + c.fp, 0);
  const negatives = live.filter((c) => c.negative);
  return {
    excludedItems: all.reduce((s, c) => s + (c.excludedItems ?? 0), 0),
    notSupportedCases: live.filter((c) => c.notSupported).length,
    expected: items.length,
    precision: row.precisionCounted ? ratio(tp, tp + fp) : null,
    falsePositives: fp,
    recallExact: ratio(recalled(items, true), items.length),
    recallRelaxed: ratio(recalled(items, false), items.length),
    valueAccuracy: ratio(valued.filter((e) => e.valueOk).length, valued.length),
    notSupportedRecallRelaxed: ratio(recalled(nsItems, false), nsItems.length),
    negatives: ratio(negatives.filter((c) => c.fp === 0).length, negatives.length),
  };
}

function wholeMetrics(live) {
  const positive = live.filter((c) => c.cover !== null);
  const negative = live.filter((c) => c.cover === null);
  return {
    excludedItems: 0,
    recallExact: ratio(positive.filter((c) => c.exact).length, positive.length),
    recallRelaxed: ratio(positive.filter((c) => c.cover).length, positive.length),
    valueAccuracy: ratio(live.filter((c) => c.pass).length, live.length),
    negatives: ratio(negative.filter((c) => c.pass).length, negative.length),
  };
}

function dateMetrics(live) {
  const spans = live.flatMap((c) => c.spans);
  return {
    excludedItems: 0,
    spans: spans.length,
    readAsCount: ratio(spans.filter((s) => s.readAsCount.length > 0).length, spans.length),
    foundAsDate: ratio(spans.filter((s) => s.foundAsDate).length, spans.length),
  };
}
