/** Plain-text tables for terminal output: column alignment, optional header rule. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

// ANSI colour codes take no room on screen; strip them when measuring.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (s: string): number => s.replace(ANSI, '').length;

export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((c, i) =>
    Math.max(visibleLength(c.header), ...rows.map((r) => visibleLength(r[i] ?? ''))),
  );
  const pad = (text: string, i: number): string => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(text)));
    return columns[i]?.align === 'right' ? gap + text : text + gap;
  };
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, i))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return `${[header, rule, ...rows.map(line)].join('\n')}\n`;
}

/** A number for display: fixed decimals scaled to magnitude; full precision stays in `--json`. */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '—';
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e9 || abs < 1e-4)) return x.toExponential(3);
  if (abs >= 1000) return grouped(x);
  return Number(x.toFixed(digits)).toString();
}

/**
 * `x.toLocaleString('en-US', { maximumFractionDigits: 1 })` for 1000 ≤ |x| < 1e9, without
 * Intl, whose first use costs a fresh process (the CLI) about 12 ms of start-up: the
 * shortest decimal of `x` (which ICU formats too) rounded half away from zero to one
 * decimal, a trailing `.0` dropped, thousands grouped with commas.
 */
function grouped(x: number): string {
  const [whole = '', fraction = ''] = String(Math.abs(x)).split('.');
  let digits = whole + (fraction[0] ?? '0');
  if ((fraction[1] ?? '0') >= '5') {
    // Add one tenth: carry through the trailing nines.
    const nines = /9*$/.exec(digits)?.[0].length ?? 0;
    const head = digits.slice(0, digits.length - nines);
    const bumped = head === '' ? '1' : head.slice(0, -1) + String(Number(head.slice(-1)) + 1);
    digits = bumped + '0'.repeat(nines);
  }
  const tenth = digits.slice(-1);
  const thousands = digits.slice(0, -1).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${x < 0 ? '-' : ''}${thousands}${tenth === '0' ? '' : `.${tenth}`}`;
}

export const formatPercent = (x: number): string => `${(x * 100).toFixed(1)}%`;
