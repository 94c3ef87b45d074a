import { formatNumber } from '../format/table.js';

const HEIGHT = 12;
const MAX_WIDTH = 60;

export interface SketchSeries {
  readonly periods: readonly string[];
  readonly treated: readonly number[];
  readonly counterfactual: readonly number[];
  readonly start: string;
}

/**
 * A plain-text chart of the treated units' mean (`*`) against its counterfactual (`o`),
 * `@` where they share a cell, with `|` at the first treated period. One column per
 * period, or per group of periods (their mean) when there are more than 60.
 */
export function renderSketch(s: SketchSeries): string {
  const t = s.periods.length;
  const width = Math.min(t, MAX_WIDTH);
  const bucket = (x: readonly number[], c: number): number => {
    const from = Math.floor((c * t) / width);
    const to = Math.max(from + 1, Math.floor(((c + 1) * t) / width));
    let sum = 0;
    for (let i = from; i < to; i++) sum += x[i] as number;
    return sum / (to - from);
  };
  const tr = Array.from({ length: width }, (_, c) => bucket(s.treated, c));
  const cf = Array.from({ length: width }, (_, c) => bucket(s.counterfactual, c));
  const lo = Math.min(...tr, ...cf);
  const hi = Math.max(...tr, ...cf);
  const row = (v: number) => (hi === lo ? 0 : Math.round(((hi - v) / (hi - lo)) * (HEIGHT - 1)));
  const startIndex = s.periods.indexOf(s.start);
  const startCol = Math.floor((startIndex * width) / t);
  const grid = Array.from({ length: HEIGHT }, () => new Array<string>(width).fill(' '));
  for (let r = 0; r < HEIGHT; r++) (grid[r] as string[])[startCol] = '|';
  for (let c = 0; c < width; c++) {
    (grid[row(cf[c] as number)] as string[])[c] = 'o';
    const rt = row(tr[c] as number);
    (grid[rt] as string[])[c] = (grid[rt] as string[])[c] === 'o' ? '@' : '*';
  }
  const labels = [formatNumber(hi, 2), formatNumber(lo, 2)];
  const pad = Math.max(...labels.map((l) => l.length));
  const lines = grid.map((cells, r) => {
    const label = r === 0 ? labels[0] : r === HEIGHT - 1 ? labels[1] : '';
    return `${(label ?? '').padStart(pad)} ┤${cells.join('')}`.trimEnd();
  });
  const first = s.periods[0] ?? '';
  const last = s.periods[t - 1] ?? '';
  const axis = `${' '.repeat(pad)} └${'─'.repeat(width)}`;
  const ticks = `${' '.repeat(pad + 2)}${first}${' '.repeat(Math.max(1, width - first.length - last.length))}${last}`;
  return `Treated (*) and counterfactual (o), treatment from ${s.start} (|)\n${lines.join('\n')}\n${axis}\n${ticks}\n`;
}
