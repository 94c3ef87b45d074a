import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator';
import { periodLabel, planActualOption } from './plan-actual-chart';

const { t } = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('the plan-against-actual chart', () => {
  it('labels quarters from the settlement periods, a running one as so far', () => {
    expect(periodLabel({ from: '2026-04-01', partial: false }, t)).toBe('2026 Q2');
    expect(periodLabel({ from: '2026-10-01', partial: true }, t)).toBe('2026 Q4 (so far)');
    expect(periodLabel({ from: '2026-10-01', partial: true }, zh.t)).toBe(
      '2026 年第 4 季度（至今）',
    );
  });

  it('shades the gap from the lower line by its size, negative values included', () => {
    const option = planActualOption(
      [
        { from: '2026-01-01', partial: false, planned: 100, actual: 40 },
        { from: '2026-04-01', partial: false, planned: -50, actual: 20 },
      ],
      ['2026 Q1', '2026 Q2'],
      { planned: 'Planned', actual: 'Actual', gap: 'Gap' },
      { planned: 'blue', actual: 'green', gap: 'orange', text: 'black' },
      'chart',
    );
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['base', [40, -50]],
      ['Gap', [60, 70]],
      ['Planned', [100, -50]],
      ['Actual', [40, 20]],
    ]);
  });
});
