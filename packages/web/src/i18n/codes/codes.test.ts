/**
 * Every message code core can produce has a text in every language the app speaks, and
 * each text speaks of exactly the code's values: a new code without Chinese fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  ISSUE_PARAMS,
  MESSAGE_CODES,
  type Message,
  messageParamNames,
  renderEnglish,
} from '../../engine';
import { createTranslator } from '../translator';
import { ISSUE_TABLES, sayIssue } from './say-issue';
import { CODE_TABLES, sayMessage } from './say-message';

const ALL = Object.values(MESSAGE_CODES).flat();
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message codes', () => {
  it('are many, from settlement and review', () => {
    expect(MESSAGE_CODES.settlement.length).toBeGreaterThan(10);
    expect(MESSAGE_CODES.review.length).toBeGreaterThan(10);
  });

  it.each(ALL)('%s has English (from core)', (code) => {
    expect(renderEnglish({ code, params: {} })).not.toBe(code);
  });

  it.each(Object.entries(CODE_TABLES))(
    '%s has a text for every code, with its values',
    (_, table) => {
      const missing = ALL.filter(
        (code) => !Object.hasOwn(table, code) || table[code]?.trim() === '',
      );
      expect(missing).toEqual([]);
      for (const code of ALL) {
        expect(placeholders(table[code] ?? ''), code).toEqual(messageParamNames(code));
      }
      expect(Object.keys(table).filter((code) => !ALL.includes(code))).toEqual([]);
    },
  );
});

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('sayMessage', () => {
  const charge: Message = {
    code: 'settle.cost.charge',
    params: {
      basis: {
        code: 'settle.cost.usage',
        params: { units: { exact: '1' }, all: { exact: '3' }, share: { percent: '1/3' } },
      },
      total: { money: '900.00' },
      pool: 'cluster',
      part: { money: '300.00' },
    },
  };

  it('says a settlement line in English as the server does, and in Chinese', () => {
    expect(sayMessage(en, charge, 'fallback')).toBe(
      '1 of 3 units (33.3333…%) of 900.00 cluster costs = 300.00',
    );
    expect(sayMessage(zh, charge, 'fallback')).toBe(
      '900.00 cluster 费用的 3 单位中的 1 单位（33.3333…%） = 300.00',
    );
  });

  it('joins lists in the language: sums with +, words with 、 and 和', () => {
    const values: Message = {
      code: 'review.fact.values',
      params: {
        metric: { code: 'review.metric.netVsPlan', params: {} },
        values: {
          list: ['2024', '2025', '2026'].map((period) => ({
            code: 'review.fact.value',
            params: { value: -1234.567, period },
          })),
          join: 'and',
        },
        op: '<',
        value: 0,
      },
    };
    expect(sayMessage(zh, values, 'fallback')).toBe(
      '净值与计划之差：2024 为 -1,234.57、2025 为 -1,234.57和2026 为 -1,234.57（< 0）',
    );
    expect(sayMessage(en, values, 'fallback')).toBe(
      'net vs plan −1,235 in 2024, −1,235 in 2025 and −1,235 in 2026 (< 0)',
    );
  });

  it("says the ledger's first bad entry in both languages", () => {
    const missing: Message = {
      code: 'chain.missing',
      params: {
        noun: { code: 'chain.noun.ledger', params: {} },
        seq: '1204',
        previous: '1203',
        next: '1206',
      },
    };
    expect(sayMessage(en, missing, 'fallback')).toBe(
      'ledger entry 1204 is missing: the chain jumps from 1203 to 1206',
    );
    expect(sayMessage(zh, missing, 'fallback')).toBe('账本条目 1204 缺失：链从 1203 直接跳到 1206');
  });

  it('covers the optimiser and the checkpoint families', () => {
    expect(MESSAGE_CODES.optimize.length).toBeGreaterThan(40);
    expect(MESSAGE_CODES.checkpoint.length).toBeGreaterThan(5);
  });

  it("says an optimiser's conflict in both languages, clauses joined as each writes them", () => {
    const budget: Message = {
      code: 'optimize.conflict.with',
      params: {
        statement: {
          code: 'optimize.resource.uses',
          params: {
            amount: '6',
            resource: 'budget',
            uses: {
              list: [
                { code: 'optimize.resource.use', params: { partner: 'p1', amount: '4' } },
                { code: 'optimize.resource.use', params: { partner: 'p2', amount: '3' } },
              ],
              join: 'comma',
            },
          },
        },
        others: {
          list: [
            { code: 'optimize.item', params: { name: 'constraints.include[0]' } },
            { code: 'optimize.item', params: { name: 'constraints.include[1]' } },
          ],
          join: 'and',
        },
      },
    };
    expect(sayMessage(en, budget, 'fallback')).toBe(
      'at most 6 budget may be used in total; p1 uses 4, p2 uses 3; this cannot hold together with constraints.include[0] and constraints.include[1]',
    );
    expect(sayMessage(zh, budget, 'fallback')).toBe(
      'budget 总用量至多为 6；p1 使用 4，p2 使用 3；这与 constraints.include[0]和constraints.include[1] 无法同时成立',
    );
  });

  it("says why the partner search passes one over, and the exit steps' titles, in both languages", () => {
    expect(MESSAGE_CODES.graph.length).toBe(4);
    expect(MESSAGE_CODES.exit.length).toBe(5);
    const exited: Message = { code: 'graph.excluded.exited', params: {} };
    expect(sayMessage(en, exited, 'fallback')).toBe('status exited');
    expect(sayMessage(zh, exited, 'fallback')).toBe('状态为已退出');
    const unwanted: Message = { code: 'graph.excluded.constraint', params: {} };
    expect(sayMessage(zh, unwanted, 'fallback')).toBe('被 constraints.exclude 排除');
    const notice: Message = { code: 'exit.step.notice-sent', params: {} };
    expect(sayMessage(en, notice, 'fallback')).toBe(
      'Send notice of termination as the agreement requires',
    );
    expect(sayMessage(zh, notice, 'fallback')).toBe('按协议要求发出终止通知');
  });

  it('says a refused checkpoint in both languages', () => {
    const cut: Message = { code: 'checkpoint.cut', params: { size: '6', now: '4' } };
    expect(sayMessage(en, cut, 'fallback')).toBe(
      'entries were cut off: the checkpoint covers 6 entries, the ledger now has 4',
    );
    expect(sayMessage(zh, cut, 'fallback')).toBe(
      '条目被截断：检查点涵盖 6 个条目，账本现在只有 4 个',
    );
  });

  it("shows the server's English for a message it does not know, or none", () => {
    const newer: Message = {
      code: 'settle.cost.charge',
      params: { basis: { code: 'x.new', params: {} } },
    };
    expect(sayMessage(zh, newer, 'the server says')).toBe('the server says');
    expect(sayMessage(en, newer, 'the server says')).toBe('the server says');
    expect(sayMessage(zh, undefined, 'the server says')).toBe('the server says');
  });
});

describe('the issue codes with values', () => {
  const codes = Object.keys(ISSUE_PARAMS) as (keyof typeof ISSUE_PARAMS)[];

  it.each(Object.entries(ISSUE_TABLES))('%s has a text for each, naming its values', (_, table) => {
    expect(codes.filter((code) => !table[code]?.trim())).toEqual([]);
    for (const code of codes) {
      expect(placeholders(table[code] ?? ''), code).toEqual([...ISSUE_PARAMS[code]].sort());
    }
    expect(Object.keys(table).filter((code) => !Object.hasOwn(ISSUE_PARAMS, code))).toEqual([]);
  });

  it("says a field error in Chinese from its values, else the server's English", () => {
    const end = {
      code: 'end_before_start',
      params: { start: '2026-12-31', end: '2026-01-01' },
      message: 'the agreement ends (2026-01-01) before it starts (2026-12-31)',
    };
    expect(sayIssue(zh, end)).toBe('协议的结束日期（2026-01-01）早于开始日期（2026-12-31）');
    expect(sayIssue(en, end)).toBe(end.message);
    const tiers = {
      code: 'tiers_not_increasing',
      params: { value: 500, previous: 1_000_000 },
      message: 'x',
    };
    expect(sayIssue(zh, tiers)).toBe('当前为 500，但必须高于上一档的 1,000,000；各档须严格递增');
    // No values (an older server, or a schema's own message), or not all of them: English.
    expect(sayIssue(zh, { code: 'end_before_start', message: 'in English' })).toBe('in English');
    expect(
      sayIssue(zh, { code: 'end_before_start', params: { start: 'x' }, message: 'in English' }),
    ).toBe('in English');
    expect(sayIssue(zh, { code: 'too_small', params: {}, message: 'zod says' })).toBe('zod says');
  });

  it("says a route schema's refusal in Chinese from the values the server names", () => {
    const short = {
      code: 'too_short',
      params: { minimum: 12 },
      message: 'Too small: expected string to have >=12 characters',
    };
    expect(sayIssue(zh, short)).toBe('至少需要 12 个字符');
    expect(sayIssue(en, short)).toBe(short.message);
    expect(
      sayIssue(zh, { code: 'below_minimum', params: { op: '≥', bound: 1000 }, message: 'x' }),
    ).toBe('必须 ≥ 1,000');
  });
});
