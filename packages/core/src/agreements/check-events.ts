/**
 * Checks the ledger against its agreement: every event names a source, pool, milestone
 * and party the agreement knows. Unusual but legal entries (an event outside the
 * agreement's dates, a milestone reported twice) are warnings, not errors.
 */
import { didYouMean } from '../spec/edit-distance.js';
import type { Issue } from '../util/issues.js';
import type { Agreement } from './agreement-schema.js';
import { unknownParty } from './check-agreement.js';
import type { LedgerEvent } from './event-schema.js';
import { viewTerm } from './terms-schema.js';

export interface EventChecks {
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

const list = (names: Iterable<string>): string => [...names].map((n) => `\`${n}\``).join(', ');

function unknown(what: string, name: string, known: ReadonlySet<string>, path: Issue['path']) {
  const terms = { source: 'revenueShare', pool: 'costShare', milestone: 'milestone' }[what];
  const hint = known.size === 0 ? `the agreement has no ${terms} term` : `known: ${list(known)}`;
  return {
    code: `unknown_${what}`,
    path,
    message: `no ${terms} term has ${what} \`${name}\` (${hint})${didYouMean(name, known)}`,
  };
}

export function checkEvents(agreement: Agreement, events: readonly LedgerEvent[]): EventChecks {
  const sources = new Set<string>();
  const pools = new Set<string>();
  const milestones = new Set<string>();
  for (const term of agreement.terms) {
    const view = viewTerm(term);
    if (view.kind === 'revenueShare') sources.add(view.revenueShare.source);
    else if (view.kind === 'costShare') pools.add(view.costShare.pool);
    else milestones.add(view.milestone.id);
  }
  const parties = new Set(agreement.parties);
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const party = (name: string, path: Issue['path']) => {
    if (!parties.has(name)) issues.push(unknownParty(name, path, agreement.parties));
  };
  const refs = new Map<string, number>();
  const reported = new Map<string, number>();
  events.forEach((event, i) => {
    if (event.kind === 'revenue' && !sources.has(event.source)) {
      issues.push(unknown('source', event.source, sources, ['events', i, 'source']));
    }
    if ((event.kind === 'cost' || event.kind === 'usage') && !pools.has(event.pool)) {
      issues.push(unknown('pool', event.pool, pools, ['events', i, 'pool']));
    }
    if (event.kind === 'cost') party(event.paidBy, ['events', i, 'paidBy']);
    if (event.kind === 'usage') party(event.party, ['events', i, 'party']);
    if (event.kind === 'milestone') {
      if (!milestones.has(event.id)) {
        issues.push(unknown('milestone', event.id, milestones, ['events', i, 'id']));
      }
      const first = reported.get(event.id);
      if (first !== undefined) {
        warnings.push({
          code: 'repeated_milestone',
          path: ['events', i],
          message: `milestone \`${event.id}\` was already reported at events[${first}]; it pays only once`,
        });
      } else reported.set(event.id, i);
    }
    if (event.ref !== undefined) {
      if (refs.has(event.ref)) {
        issues.push({
          code: 'duplicate_ref',
          path: ['events', i, 'ref'],
          message: `reference \`${event.ref}\` is already used by events[${refs.get(event.ref)}]; give each event its own`,
        });
      } else refs.set(event.ref, i);
    }
    if (event.date < agreement.start || event.date > agreement.end) {
      warnings.push({
        code: 'outside_agreement',
        path: ['events', i, 'date'],
        message: `${event.date} is outside the agreement (${agreement.start} to ${agreement.end}); it is settled all the same`,
      });
    }
  });
  events.forEach((event, i) => {
    if (event.corrects === undefined || refs.has(event.corrects)) return;
    warnings.push({
      code: 'unknown_correction',
      path: ['events', i, 'corrects'],
      message: `no event in this ledger has ref \`${event.corrects}\`; check the reference`,
    });
  });
  return { issues, warnings };
}
