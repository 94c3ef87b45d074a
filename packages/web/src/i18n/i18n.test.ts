import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { createTranslator, DICTIONARIES, detectLocale, interpolate, LOCALES } from './translator';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const keys = Object.keys(en).sort();

  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    const messages = DICTIONARIES[locale];
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys) {
      expect(messages[key as MessageKey].trim(), key).not.toBe('');
    }
  });

  it('every translation uses the same parameters as the English message', () => {
    for (const key of keys as MessageKey[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('Chinese translates every message except names and language names', () => {
    const sameOnPurpose = new Set(['app.name', 'language.en', 'language.zh-CN']);
    const same = (keys as MessageKey[]).filter((k) => zhCN[k] === en[k] && !sameOnPurpose.has(k));
    expect(same).toEqual([]);
  });
});

describe('t', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh-CN');

  it('looks messages up in the active language', () => {
    expect(en.t('nav.criteria')).toBe('Selection standard');
    expect(zh.t('nav.criteria')).toBe('遴选标准');
  });

  it('fills in parameters, formatting numbers in the locale', () => {
    expect(en.t('shell.account', { email: 'ada@example.org' })).toBe(
      'Signed in as ada@example.org',
    );
    expect(zh.t('workspace.created', { name: 'AI 合作' })).toBe('已创建工作区“AI 合作”。');
    expect(en.t('problem.unknown', { status: 1234 })).toBe(
      'The server answered with an error (1,234).',
    );
    expect(zh.t('job.running', { percent: '42%' })).toBe('运行中：42%');
  });

  it('leaves an unknown placeholder as it is', () => {
    expect(interpolate('{a} and {b}', { a: 'x' }, String)).toBe('x and {b}');
    expect(interpolate('no params', undefined, String)).toBe('no params');
  });
});

describe('formatting', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh-CN');
  const day = new Date(Date.UTC(2026, 0, 5, 14, 30));

  it('formats numbers and percentages per locale', () => {
    expect(en.formatNumber(1234567.891)).toBe('1,234,567.891');
    expect(zh.formatNumber(1234567.891)).toBe('1,234,567.891');
    expect(en.formatNumber(0.8, { minimumFractionDigits: 2 })).toBe('0.80');
    expect(en.formatPercent(0.256)).toBe('25.6%');
    expect(zh.formatPercent(0.05)).toBe('5%');
    expect(en.formatNumber(1500000, { style: 'currency', currency: 'USD' })).toBe('$1,500,000.00');
    expect(zh.formatNumber(1500000, { style: 'currency', currency: 'CNY' })).toBe('¥1,500,000.00');
    expect(zh.formatNumber(12345, { notation: 'compact' })).toBe('1.2万');
    expect(en.formatNumber(12345, { notation: 'compact' })).toBe('12K');
  });

  it('formats dates per locale', () => {
    expect(en.formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('January 5, 2026');
    expect(zh.formatDate(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('2026年1月5日');
    expect(zh.formatDate('2026-01-05T14:30:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
      '2026年1月5日',
    );
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const;
    expect(en.formatDateTime(day, options)).toBe('Jan 5, 2026, 2:30 PM');
    expect(zh.formatDateTime(day.getTime(), options)).toBe('2026年1月5日 14:30');
  });
});

describe('detectLocale', () => {
  it('prefers the saved choice, then the browser languages, then English', () => {
    expect(detectLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detectLocale('fr', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLocale(null, ['de-DE'])).toBe('en');
    expect(detectLocale(null, [])).toBe('en');
  });
});
