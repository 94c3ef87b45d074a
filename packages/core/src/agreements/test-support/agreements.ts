import type { Result } from '../../util/issues.js';
import type { AgreementFile } from '../file-schema.js';
import { parseAgreementText } from '../parse-agreement.js';
import type { SettleReport } from '../report.js';
import { settleAgreement } from '../settle.js';

export function accepted<T>(result: Result<T>): T {
  if (!result.ok) {
    const text = result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}: ${i.message}`);
    throw new Error(`expected success:\n${text.join('\n')}`);
  }
  return result.value;
}

export const fileOf = (yaml: string): AgreementFile =>
  accepted(parseAgreementText(yaml, { file: 'test.yaml' }));

/** Settles a YAML agreement file over [from, to]. */
export function settleYaml(yaml: string, from: string, to: string): Result<SettleReport> {
  const file = fileOf(yaml);
  return settleAgreement(file.agreement, file.events, { from, to });
}

/** The lines of one party, as [term, amount] pairs. */
export const linesOf = (report: SettleReport, party: string) =>
  report.lines.filter((l) => l.party === party).map((l) => [l.term, l.amount]);

/** The contract's example, as in docs/agreements.md. */
export const EXAMPLE = `version: 1
agreement:
  id: jrd-2026-01
  type: joint-rnd
  parties: [us, univ-a, corp-b]
  start: 2026-01-01
  end: 2028-12-31
  noticeDays: 90
  ip: { foreground: { us: 0.6, univ-a: 0.4 } }
  terms:
    - revenueShare:
        source: product-x
        collector: us
        tiers:
          - { upTo: 1000000, shares: { univ-a: 0.10 } }
          - { upTo: null,    shares: { univ-a: 0.05 } }
        cap: { univ-a: 80000 }
    - costShare:
        pool: compute
        split: { us: 0.5, corp-b: 0.5 }
    - milestone: { id: m1, payer: corp-b, payee: univ-a, amount: 50000 }
events:
  - { date: 2026-02-01, kind: revenue, source: product-x, amount: 600000 }
  - { date: 2026-03-10, kind: cost, pool: compute, amount: 40000, paidBy: us }
  - { date: 2026-03-15, kind: usage, pool: compute, party: corp-b, quantity: 120 }
  - { date: 2026-03-20, kind: milestone, id: m1 }
`;

/** A small agreement with the given terms and events (YAML lines, indented as items). */
export const agreementYaml = (terms: string[], events: string[], parties = '[a, b, c]') =>
  [
    'version: 1',
    'agreement:',
    '  id: t',
    '  type: consortium',
    `  parties: ${parties}`,
    '  start: 2026-01-01',
    '  end: 2026-12-31',
    '  terms:',
    ...terms.map((t) => `    - ${t}`),
    'events:',
    ...events.map((e) => `  - ${e}`),
    '',
  ].join('\n');
