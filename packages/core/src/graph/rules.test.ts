import { describe, expect, it } from 'vitest';
import { buildPartnerGraph } from './build-graph.js';
import { evaluateRules } from './rules.js';
import { parseRules, type Rule } from './rules-schema.js';
import { graphPortfolio } from './test-support/portfolio.js';

const portfolio = graphPortfolio({
  gov: {
    kind: 'government',
    status: 'active',
    domains: ['medical', 'energy'],
    offers: ['funding'],
  },
  reg: { kind: 'government', domains: ['medical'], offers: ['policy support'] },
  bank1: { status: 'active', offers: ['capital'] },
  bank2: { status: 'under-review', offers: ['capital'] },
  bank3: { offers: ['capital'] },
});
const g = buildPartnerGraph(portfolio);

const rules = (doc: unknown): Rule[] => {
  const parsed = parseRules(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

const govPolicy = rules([
  {
    id: 'gov-policy',
    type: 'requires',
    when: { kind: 'government' },
    require: { offers: 'policy' },
  },
]);
const oneBank = rules([
  {
    id: 'one-bank',
    type: 'at-most',
    max: 1,
    of: { ids: ['bank1', 'bank2', 'bank3'] },
    message: 'competing banks in one consortium',
  },
]);

describe('evaluateRules', () => {
  it('fires "a government partner in a domain requires policy there" for each uncovered domain', () => {
    const r = evaluateRules(g, govPolicy);
    expect(r.selection).toEqual(['gov', 'bank1', 'bank2']);
    expect(r.blocked).toBe(true);
    expect(r.evaluations[0]).toMatchObject({
      rule: 'gov-policy',
      severity: 'gate',
      fired: true,
      findings: [
        { finding: 'missing-capability', partner: 'gov', domain: 'medical', capability: 'policy' },
        { finding: 'missing-capability', partner: 'gov', domain: 'energy', capability: 'policy' },
      ],
    });
    expect(r.evaluations[0]?.message).toContain(
      'gov needs a selected partner offering policy in energy',
    );
  });

  it('is satisfied in a domain where a selected partner offers the capability (through synonyms)', () => {
    const r = evaluateRules(g, govPolicy, ['gov', 'reg']);
    // reg offers "policy support" in medical and is itself a government partner: only energy misses.
    expect(r.evaluations[0]?.findings).toEqual([
      { finding: 'missing-capability', partner: 'gov', domain: 'energy', capability: 'policy' },
    ]);
  });

  it('blocks two competitors in one selection and names them', () => {
    const r = evaluateRules(g, oneBank);
    expect(r.evaluations[0]).toEqual({
      rule: 'one-bank',
      type: 'at-most',
      severity: 'gate',
      fired: true,
      findings: [{ finding: 'too-many', members: ['bank1', 'bank2'], max: 1 }],
      message: 'competing banks in one consortium',
    });
    expect(evaluateRules(g, oneBank, ['bank1', 'gov']).blocked).toBe(false);
  });

  it('advice never blocks', () => {
    const advice = rules([
      { id: 'x', type: 'at-most', severity: 'advice', max: 0, of: { kind: 'government' } },
    ]);
    const r = evaluateRules(g, advice);
    expect(r.evaluations[0]?.fired).toBe(true);
    expect(r.blocked).toBe(false);
  });
});

describe('at-least rules (no single point of failure)', () => {
  const twoCapital = rules([
    { id: 'two-capital', type: 'at-least', min: 3, of: { offers: 'funding', kind: 'enterprise' } },
  ]);
  it('fires on the running portfolio when too few partners match, naming them', () => {
    const r = evaluateRules(g, twoCapital);
    expect(r.blocked).toBe(true);
    expect(r.evaluations[0]?.findings).toEqual([
      { finding: 'too-few', members: ['bank1', 'bank2'], min: 3 },
    ]);
  });
  it('holds on a selection with enough of them', () => {
    expect(evaluateRules(g, twoCapital, ['bank1', 'bank2', 'bank3']).blocked).toBe(false);
    const r = evaluateRules(g, twoCapital, ['reg']);
    expect(r.evaluations[0]?.message).toContain('no partner in the selection, at least 3 needed');
  });
});

describe('parseRules', () => {
  it('names the path of a malformed rule', () => {
    const parsed = parseRules([{ id: 'x', type: 'at-most', of: {}, max: -1 }]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContainEqual(['rules', 0, 'max']);
  });
  it('rejects an unknown rule type and duplicate ids', () => {
    expect(parseRules([{ id: 'x', type: 'maybe' }]).ok).toBe(false);
    const dup = parseRules([
      { id: 'x', type: 'at-most', of: {}, max: 1 },
      { id: 'x', type: 'at-most', of: {}, max: 2 },
    ]);
    expect(dup).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate_id', path: ['rules', 1, 'id'] }],
    });
  });
});
