import { describe, expect, it } from 'vitest';
import type { MatchFact, RuleFinding } from '../../engine';
import { createTranslator } from '../../i18n/translator';
import { sayFact, sayFinding } from './say-fact';

const FACTS: MatchFact[] = [
  { fact: 'offers', capability: 'funding' },
  { fact: 'offers', capability: 'funding', as: 'capital' },
  { fact: 'works-in', domain: 'medical' },
  { fact: 'other-domains', domains: ['finance', 'energy'] },
  { fact: 'criteria', score: 0.73456, rank: 2, of: 30 },
  { fact: 'fills-gap', have: 0, min: 1 },
  { fact: 'adds-backup', have: 2, min: 2 },
  { fact: 'shared-domain', domain: 'medical', incumbents: ['a', 'b'], count: 2, weight: 0.5 },
  { fact: 'common-partner', via: 'c', incumbents: ['a'], count: 1, weight: 1.25 },
  { fact: 'synergy', with: 'a', value: 40 },
  { fact: 'co-partner', with: 'a', agreements: ['jrd-1'] },
  { fact: 'conflict', with: 'b', value: -50 },
];
const FINDINGS: RuleFinding[] = [
  { finding: 'missing-capability', partner: 'gov', domain: 'medical', capability: 'policy' },
  { finding: 'missing-capability', partner: 'gov', domain: null, capability: 'policy' },
  { finding: 'too-many', members: ['bank1', 'bank2'], max: 1 },
  { finding: 'too-few', members: [], min: 2 },
];

describe('the facts of a match and the findings of a rule, said in both languages', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const tr = createTranslator(locale);
    it(`${locale}: every fact and finding is a sentence with its values and no placeholder left`, () => {
      for (const f of [
        ...FACTS.map((x) => sayFact(tr, x)),
        ...FINDINGS.map((x) => sayFinding(tr, x)),
      ]) {
        expect(f).not.toMatch(/[{}]/);
        expect(f.length).toBeGreaterThan(3);
      }
      expect(sayFact(tr, FACTS[1] as MatchFact)).toContain('capital');
      expect(sayFact(tr, FACTS[4] as MatchFact)).toContain('0.735');
      expect(sayFinding(tr, FINDINGS[2] as RuleFinding)).toContain('bank1');
    });
  }
  it('speaks Chinese in Chinese', () => {
    const zh = createTranslator('zh-CN');
    expect(sayFact(zh, { fact: 'fills-gap', have: 0, min: 1 })).toBe('填补缺口：目前 0/1 个提供方');
    expect(sayFinding(zh, { finding: 'too-many', members: ['x', 'y'], max: 1 })).toBe(
      'x、y：一个组合中有 2 个，最多允许 1 个',
    );
  });
});
