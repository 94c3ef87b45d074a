import { describe, expect, it } from 'vitest';
import { renderEnglish } from '../messages/english.js';
import {
  centsInUnit,
  ledgerAmountInUnit,
  ledgerConversion,
  parseValueUnit,
  roundInUnit,
  unitToCents,
} from './value-unit.js';

describe('parseValueUnit', () => {
  it.each([
    ['USD', 'USD', 1],
    ['USD k', 'USD', 1e3],
    ['usd K', 'USD', 1e3],
    ['USDk', 'USD', 1e3],
    ['USD m', 'USD', 1e6],
    ['EUR thousand', 'EUR', 1e3],
    ['k EUR', 'EUR', 1e3],
    ['CNY 10k', 'CNY', 1e4],
    ['CNY 万', 'CNY', 1e4],
    ['GBP million', 'GBP', 1e6],
    ['$m', 'USD', 1e6],
    ['€ k', 'EUR', 1e3],
    [' JPY bn ', 'JPY', 1e9],
  ])('%s is %s ÷ %d', (text, currency, scale) => {
    expect(parseValueUnit(text)).toMatchObject({ kind: 'money', currency, scale });
  });

  it('knows points, nothing stated and what it cannot read', () => {
    expect(parseValueUnit('points').kind).toBe('points');
    expect(parseValueUnit('Points').kind).toBe('points');
    expect(parseValueUnit('').kind).toBe('unstated');
    expect(parseValueUnit('  ').kind).toBe('unstated');
    for (const text of ['hours', 'k', 'USD EUR', 'USD k m', 'dollars']) {
      expect(parseValueUnit(text).kind, text).toBe('unknown');
    }
  });
});

describe('ledgerConversion', () => {
  const usdK = parseValueUnit('USD k');

  it('converts a ledger in the same currency, or in none named, by the scale', () => {
    expect(ledgerConversion(usdK, 'USD')).toEqual({ ok: true, scale: 1000 });
    expect(ledgerConversion(usdK, undefined)).toEqual({ ok: true, scale: 1000 });
    expect(ledgerConversion(parseValueUnit(''), 'EUR')).toEqual({ ok: true, scale: 1 });
    // 14,400.00 USD in USD k: exact to the cent.
    expect(ledgerAmountInUnit(14400, usdK)).toEqual({ ok: true, value: 14.4 });
    expect(ledgerAmountInUnit(1234.56, usdK, 'USD')).toEqual({ ok: true, value: 1.23456 });
  });

  it('says why it cannot compare: another currency, points, an unknown unit', () => {
    const eur = ledgerConversion(usdK, 'EUR');
    if (eur.ok) throw new Error('expected incomparable');
    expect(eur.because).toEqual({
      code: 'unit.incomparable.currency',
      params: { unit: 'USD k', currency: 'EUR' },
    });
    expect(renderEnglish(eur.because)).toBe(
      "the ledger is in EUR and the workspace's value unit is USD k: amounts in different currencies are not converted",
    );
    const points = ledgerConversion(parseValueUnit('points'), undefined);
    expect(points.ok ? null : points.because.code).toBe('unit.incomparable.points');
    const unknown = ledgerConversion(parseValueUnit('hours'), 'USD');
    expect(unknown.ok ? null : unknown.because.code).toBe('unit.incomparable.unknown');
  });

  it('rounds in the unit to a cent of the currency', () => {
    expect(centsInUnit(123456789, 1e3)).toBe(1234.56789);
    expect(unitToCents(1.23456, 1e3)).toBe(123456);
    expect(roundInUnit(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundInUnit(14.4 - 25.2, 1e3)).toBe(-10.8);
  });
});
