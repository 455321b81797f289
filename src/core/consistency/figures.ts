import type { Claim } from '../claims/types';

/** The interval a claim allows when compared: a vague plural (`عشرات`, `dozens`) is a floor, not a ceiling. */
export function comparedInterval(c: Claim): [number, number] {
  const low = c.low ?? Number.NEGATIVE_INFINITY;
  const high = c.precision === 'vague' || c.high === null ? Number.POSITIVE_INFINITY : c.high;
  return [low, high];
}

/** A figure as people read it: `164`, `≥164`, `~6000`, `>2000`. */
export function figureLabel(c: Claim): string {
  const v = formatValue(c.value) + (c.unit ? ` ${c.unit}` : '');
  switch (c.precision) {
    case 'approximate':
      return `~${v}`;
    case 'atLeast':
      return `≥${v}`;
    case 'moreThan':
      return `>${v}`;
    case 'atMost':
      return `≤${v}`;
    case 'lessThan':
      return `<${v}`;
    case 'vague':
      return `${v}+`;
    default:
      return v;
  }
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}
