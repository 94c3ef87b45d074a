/**
 * A partner kind inside the optimiser's explanations (conflicts, infeasibility, regret,
 * constraint descriptions) is said in the reader's language, with the partner screens'
 * own labels: no raw `academic` or `government` in the Chinese UI.
 */
import { describe, expect, it } from 'vitest';
import { kindParam, type Message, PARTNER_KINDS, renderEnglish } from '../../engine';
import { partnersMessages } from '../screens/partners';
import { createTranslator } from '../translator';
import { sayMessage } from './say-message';

const zh = createTranslator('zh-CN');
const RAW = new RegExp(`\\b(${PARTNER_KINDS.join('|')})\\b`);

const item = (name: string): Message => ({ code: 'optimize.item', params: { name } });
const names = { list: [item('p1'), item('p2')], join: 'and' as const };

/** Each way the optimiser speaks of a kind, as core builds it (`kindParam`). */
function kindMessages(kind: string): Message[] {
  const said = kindParam(kind);
  const statement: Message = {
    code: 'optimize.kind.only',
    params: { min: 2, kind: said, have: 1, names },
  };
  return [
    { code: 'optimize.kind.none', params: { min: 1, kind: said } },
    statement,
    { code: 'optimize.kind.candidates', params: { min: 1, kind: said, names } },
    // In an infeasibility explanation and in regret's reason, nested.
    { code: 'optimize.conflict.alone', params: { statement } },
    {
      code: 'optimize.regret.reason',
      params: { constraint: `constraints.minPerKind.${kind}`, statement },
    },
  ];
}

describe('partner kinds in the optimiser’s messages', () => {
  it.each(PARTNER_KINDS)('%s is said in Chinese with the partner screens’ label', (kind) => {
    const label = partnersMessages.zhCN[`screen.partners.kind.${kind}`];
    for (const m of kindMessages(kind)) {
      const text = sayMessage(zh, m, 'fallback');
      // The constraint's path is a name a user typed in the spec, not a sentence: leave it out.
      const words = text.replace(`constraints.minPerKind.${kind}`, '');
      expect(words, text).not.toMatch(RAW);
      expect(words, text).toContain(label);
    }
  });

  it('keeps the English as it was: the kind by its name', () => {
    const [none] = kindMessages('academic');
    expect(renderEnglish(none as Message)).toBe(
      'at least 1 academic partner is required, but the portfolio has none',
    );
  });
});
