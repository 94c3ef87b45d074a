/** Agreement files: every issue names its path, line and column. */
import { describe, expect, test } from 'vitest';
import { col, issueAt, issuesOf, lines } from '../spec/test-support/issues.js';
import { parseAgreementText } from './parse-agreement.js';
import { EXAMPLE } from './test-support/agreements.js';
import { validateAgreement, validateAgreementFile } from './validate.js';

const parse = (text: string) => issuesOf(parseAgreementText(text, { file: 'deal.yaml' }));

/** The example with one line replaced (0-based line index). */
function edit(index: number, row: string): string {
  const rows = EXAMPLE.split('\n');
  rows[index] = row;
  return rows.join('\n');
}
const rowOf = (needle: string): number => EXAMPLE.split('\n').findIndex((r) => r.includes(needle));

describe('the example', () => {
  test('parses, with defaults', () => {
    const result = parseAgreementText(EXAMPLE, { file: 'deal.yaml' });
    expect(result.ok && result.warnings).toStrictEqual([]);
    expect(result.ok && result.value.agreement.terms).toHaveLength(3);
    expect(result.ok && result.value.events).toHaveLength(4);
  });

  test('JSON works too, with positions', () => {
    const json = JSON.stringify(
      {
        version: 1,
        agreement: {
          id: 'x',
          type: 'consortium',
          parties: ['a', 'b'],
          start: '2026-01-01',
          end: '2025-01-01',
        },
      },
      null,
      2,
    );
    const issues = issuesOf(parseAgreementText(json, { file: 'deal.json' }));
    expect(issues).toMatchObject([
      {
        code: 'end_before_start',
        path: ['agreement', 'end'],
        file: 'deal.json',
        line: 11,
        column: 12,
      },
    ]);
  });
});

describe('schema issues with line and column', () => {
  test('tiers must go up: terms[0].revenueShare.tiers[1].upTo', () => {
    const i = rowOf('upTo: null');
    const row = '          - { upTo: 500000,  shares: { univ-a: 0.05 } }';
    const issue = issueAt(parse(edit(i, row)), 'tiers_not_increasing', [
      'agreement',
      'terms',
      0,
      'revenueShare',
      'tiers',
      1,
      'upTo',
    ]);
    expect(issue).toMatchObject({ file: 'deal.yaml', line: i + 1, column: col(row, '500000') });
    expect(issue.message).toBe(
      "is 500000 but must be above the previous tier's 1000000; tiers go up strictly",
    );
  });

  test('only the last tier is open', () => {
    const i = rowOf('upTo: 1000000');
    const row = '          - { upTo: null, shares: { univ-a: 0.10 } }';
    issueAt(parse(edit(i, row)), 'open_tier_not_last', [
      'agreement',
      'terms',
      0,
      'revenueShare',
      'tiers',
      0,
      'upTo',
    ]);
  });

  test('shares are from 0 to 1, and a fixed split adds up to 1', () => {
    const i = rowOf('split:');
    const issues = parse(edit(i, '        split: { us: 0.5, corp-b: 1.5 }'));
    expect(issues.map((x) => x.code)).toContain('out_of_range');
    const sum = parse(edit(i, '        split: { us: 0.5, corp-b: 0.4 }'));
    const issue = issueAt(sum, 'split_not_one', ['agreement', 'terms', 1, 'costShare', 'split']);
    expect(issue.message).toMatch(/add up to 0\.9, not 1/);
    expect(issue.line).toBe(i + 1);
  });

  test('a share that is not a number is named, and sums over it do not fail', () => {
    const text = lines(
      'version: 1',
      'agreement:',
      '  id: a',
      '  type: consortium',
      '  parties: [a, b]',
      '  start: 2026-13-01',
      '  end: 2026-12-31',
      '  ip: { foreground: { a: abc } }',
      '  terms:',
      '    - revenueShare: { source: s, collector: a, tiers: [{ upTo: null, shares: { b: x } }] }',
      '    - costShare: { pool: p, split: { a: "1/0", b: 0.5 } }',
    );
    expect(parse(text).map((x) => [x.code, x.path.join('.'), x.line])).toStrictEqual([
      ['invalid_date', 'agreement.start', 6],
      ['invalid_share', 'agreement.ip.foreground.a', 8],
      ['invalid_share', 'agreement.terms.0.revenueShare.tiers.0.shares.b', 10],
      ['invalid_share', 'agreement.terms.1.costShare.split.a', 11],
    ]);
  });

  test('ip foreground adds up to 1', () => {
    const i = rowOf('foreground');
    issueAt(parse(edit(i, '  ip: { foreground: { us: 0.6, univ-a: 0.3 } }')), 'shares_not_one', [
      'agreement',
      'ip',
      'foreground',
    ]);
  });

  test('dates are calendar dates', () => {
    const i = rowOf('start:');
    const issue = issueAt(parse(edit(i, '  start: 2026-02-30')), 'invalid_date', [
      'agreement',
      'start',
    ]);
    expect(issue).toMatchObject({ line: i + 1, column: 10 });
    expect(issue.message).toBe(
      '"2026-02-30" is not a calendar date; write YYYY-MM-DD, e.g. 2026-01-31',
    );
  });

  test('a misspelt field gets a suggestion; a term has one kind', () => {
    const i = rowOf('milestone: { id: m1');
    const typo = parse(
      edit(i, '    - milestone: { id: m1, payer: corp-b, payee: univ-a, amont: 50000 }'),
    );
    expect(typo.map((x) => x.message)).toContain(
      'unknown field `amont` in `agreement.terms[2].milestone`; did you mean `amount`?',
    );
    const both = parse(
      edit(
        i,
        '    - { milestone: { id: m1, payer: corp-b, payee: univ-a, amount: 1 }, costShare: { pool: z, split: byUse } }',
      ),
    );
    expect(both.map((x) => x.code)).toContain('term_kind');
  });

  test('amounts are whole cents', () => {
    const i = rowOf('kind: cost');
    const issue = issueAt(
      parse(
        edit(i, '  - { date: 2026-03-10, kind: cost, pool: compute, amount: 1.005, paidBy: us }'),
      ),
      'sub_cent_amount',
      ['events', 1, 'amount'],
    );
    expect(issue.message).toBe('1.005 has more than two decimals; amounts are in whole cents');
  });

  test('an unknown event kind names the kinds', () => {
    const i = rowOf('kind: usage');
    const issues = parse(edit(i, '  - { date: 2026-03-15, kind: usge, pool: compute }'));
    expect(issues[0]?.message).toMatch(
      /use one of `revenue`, `cost`, `usage`, `milestone`; did you mean `usage`\?/,
    );
  });
});

describe('cross-checks', () => {
  test('every party named in a term is a party', () => {
    const i = rowOf('collector:');
    const issue = issueAt(parse(edit(i, '        collector: uss')), 'unknown_party', [
      'agreement',
      'terms',
      0,
      'revenueShare',
      'collector',
    ]);
    expect(issue.message).toBe(
      '`uss` is not one of the parties (us, univ-a, corp-b); did you mean `us`?',
    );
    expect(issue.line).toBe(i + 1);
  });

  test('parties and milestone ids are unique', () => {
    const p = rowOf('parties:');
    issueAt(parse(edit(p, '  parties: [us, univ-a, corp-b, us]')), 'duplicate_party', [
      'agreement',
      'parties',
      3,
    ]);
    const text = EXAMPLE.replace(
      '    - milestone: { id: m1, payer: corp-b, payee: univ-a, amount: 50000 }',
      '    - milestone: { id: m1, payer: corp-b, payee: univ-a, amount: 50000 }\n    - milestone: { id: m1, payer: us, payee: univ-a, amount: 1 }',
    );
    issueAt(parse(text), 'duplicate_milestone', ['agreement', 'terms', 3, 'milestone', 'id']);
  });

  test('events name a known source, pool, milestone and party', () => {
    const text = `${EXAMPLE}  - { date: 2026-03-21, kind: revenue, source: product-y, amount: 1 }
  - { date: 2026-03-21, kind: usage, pool: gpu, party: corp-c, quantity: 1 }
  - { date: 2026-03-21, kind: milestone, id: m2 }
`;
    const issues = parse(text);
    expect(issues.map((x) => [x.code, x.path.join('.'), x.line])).toStrictEqual([
      ['unknown_source', 'events.4.source', 27],
      ['unknown_pool', 'events.5.pool', 28],
      ['unknown_party', 'events.5.party', 28],
      ['unknown_milestone', 'events.6.id', 29],
    ]);
    expect(issues[0]?.message).toBe(
      'no revenueShare term has source `product-y` (known: `product-x`); did you mean `product-x`?',
    );
  });

  test('unusual events are warnings', () => {
    const text = `${EXAMPLE}  - { date: 2029-01-05, kind: milestone, id: m1, corrects: inv-9 }\n`;
    const result = parseAgreementText(text, { file: 'deal.yaml' });
    expect(result.ok && result.warnings.map((w) => [w.code, w.line])).toStrictEqual([
      ['repeated_milestone', 27],
      ['outside_agreement', 27],
      ['unknown_correction', 27],
    ]);
  });
});

describe('validating plain data (the API)', () => {
  test('an agreement alone: paths start at the agreement', () => {
    const result = validateAgreement({
      id: 'x',
      type: 'joint-rnd',
      parties: ['a', 'b'],
      start: '2026-01-01',
      end: '2026-12-31',
      terms: [{ milestone: { id: 'm', payer: 'a', payee: 'z', amount: 10 } }],
    });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['unknown_party', ['terms', 0, 'milestone', 'payee']],
    ]);
  });

  test('the richer optional fields are accepted', () => {
    const result = validateAgreement({
      id: 'x',
      title: 'Data pool',
      type: 'resource-sharing',
      parties: ['a', 'b'],
      start: '2026-01-01',
      end: '2026-12-31',
      renewal: { automatic: true, periodMonths: 12 },
      ip: { background: { a: 'corpus' }, publication: 'after review', licensing: 'none' },
      resources: {
        contributions: [{ party: 'b', kind: 'data', description: 'logs', quantity: '2 TB' }],
        accessRules: 'enclave only',
        dataGovernance: 'EU only',
      },
      market: { channels: ['direct'], territory: 'EU' },
      exit: { ipDisposition: 'returned', data: 'return', finalSettlement: true },
    });
    expect(result.ok && result.value.terms).toStrictEqual([]);
  });

  test('an empty file', () => {
    expect(!validateAgreementFile(null).ok).toBe(true);
    expect(parse('')[0]?.code).toBe('empty_document');
  });
});
