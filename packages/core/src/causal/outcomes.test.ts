import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePanelCsv } from './csv.js';
import { isTreatedPeriod, outcomePanel, parseOutcomesCsv } from './outcomes.js';

const example = readFileSync(
  new URL('../../../../examples/outcomes/revenue-by-line.csv', import.meta.url),
  'utf8',
);

describe('isTreatedPeriod', () => {
  it('treats from the period that holds the start date', () => {
    expect(isTreatedPeriod('2024-12', '2025-01-15')).toBe(false);
    expect(isTreatedPeriod('2025-01', '2025-01-15')).toBe(true);
    expect(isTreatedPeriod('2025-01-14', '2025-01-15')).toBe(false);
    expect(isTreatedPeriod('2025-01-15', '2025-01-15')).toBe(true);
    expect(isTreatedPeriod('2024', '2025-06-01')).toBe(false);
    expect(isTreatedPeriod('2025', '2025-06-01')).toBe(true);
    expect(isTreatedPeriod('2025-Q1', '2025-04-01')).toBe(false);
    expect(isTreatedPeriod('2025-Q2', '2025-04-01')).toBe(true);
    expect(isTreatedPeriod('week 3', '2025-04-01')).toBeUndefined();
  });
});

describe('parseOutcomesCsv', () => {
  it('reads the example, and its panel from the agreement start is the CLI panel', () => {
    const file = parseOutcomesCsv(example, {
      unit: 'line',
      time: 'month',
      outcomes: ['revenue_k_eur'],
      treated: 'hospital_partnership',
    });
    if (!file.ok) throw new Error(file.issues[0]?.message);
    expect(file.value.points).toHaveLength(18 * 24);
    expect(file.value.treatedUnits).toEqual(['medical-imaging', 'medical-lab']);
    const panel = outcomePanel(file.value.points, {
      treated: new Set(file.value.treatedUnits),
      excluded: new Set(),
      start: '2025-01-01',
    });
    const cli = parsePanelCsv(example, {
      unit: 'line',
      time: 'month',
      outcome: 'revenue_k_eur',
      treated: 'hospital_partnership',
    });
    if (!panel.ok || !cli.ok) throw new Error('no panel');
    expect(panel.value.units).toEqual(cli.value.units);
    expect(panel.value.periods).toEqual(cli.value.periods);
    expect(panel.value.t0).toBe(cli.value.t0);
    expect([...panel.value.y]).toEqual([...cli.value.y]);
  });

  it('reads a long file with a decimal comma', () => {
    const text = 'u;p;name;v\na;2025-01;rev;1,5\na;2025-01;users;3\n';
    const file = parseOutcomesCsv(text, { unit: 'u', time: 'p', outcomeName: 'name', value: 'v' });
    if (!file.ok) throw new Error(file.issues[0]?.message);
    expect(file.value.points).toEqual([
      { unit: 'a', period: '2025-01', outcome: 'rev', value: 1.5 },
      { unit: 'a', period: '2025-01', outcome: 'users', value: 3 },
    ]);
  });

  it('names the line and column of every bad cell, and of a duplicate', () => {
    const text = 'u,p,rev\na,2025-01,lots\n,2025-02,1\na,2025-01,2\na,2025-01,3\n';
    const file = parseOutcomesCsv(text, { unit: 'u', time: 'p', outcomes: ['rev'] });
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['not_a_number', 2, 3],
      ['missing_value', 3, 1],
      ['duplicate_observation', 5, 2],
    ]);
  });

  it('refuses an unknown column by name', () => {
    const file = parseOutcomesCsv('u,p,rev\na,1,2\n', {
      unit: 'u',
      time: 'month',
      outcomes: ['rev'],
    });
    expect(file.ok ? [] : file.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['unknown_column', 'time'],
    ]);
  });
});

describe('outcomePanel', () => {
  it('leaves out units of other agreements and refuses non-calendar periods of treated units', () => {
    const points = ['a', 'b', 'c'].flatMap((unit) =>
      ['2025-01', '2025-02', '2025-03'].map((period, i) => ({
        unit,
        period,
        outcome: 'rev',
        value: i,
      })),
    );
    const panel = outcomePanel(points, {
      treated: new Set(['a']),
      excluded: new Set(['c']),
      start: '2025-02-10',
    });
    if (!panel.ok) throw new Error(panel.issues[0]?.message);
    expect(panel.value.units).toEqual(['b', 'a']);
    expect(panel.value.t0).toBe(1);
    const bad = outcomePanel([{ unit: 'a', period: 'w1', outcome: 'rev', value: 1 }], {
      treated: new Set(['a']),
      excluded: new Set(),
      start: '2025-02-10',
    });
    expect(bad.ok ? '' : bad.issues[0]?.code).toBe('not_a_calendar_period');
  });
});
