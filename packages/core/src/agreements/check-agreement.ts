/**
 * Checks that span fields of an agreement the schema accepted: every party named in a
 * term is one of `parties`, names that must be unique are, and each pool has one rule.
 * Paths are relative to the agreement.
 */
import { didYouMean } from '../spec/edit-distance.js';
import type { Issue, IssuePath } from '../util/issues.js';
import type { Agreement } from './agreement-schema.js';
import { viewTerm } from './terms-schema.js';

export function checkAgreement(agreement: Agreement): Issue[] {
  const issues: Issue[] = [];
  const parties = new Set<string>();
  agreement.parties.forEach((party, i) => {
    if (parties.has(party)) {
      issues.push({
        code: 'duplicate_party',
        path: ['parties', i],
        message: `\`${party}\` is listed twice; list each party once`,
        params: { party },
      });
    }
    parties.add(party);
  });
  const party = (name: string, path: IssuePath): void => {
    if (parties.has(name)) return;
    issues.push(unknownParty(name, path, agreement.parties));
  };
  const keys = (record: Readonly<Record<string, unknown>> | undefined, path: IssuePath): void => {
    for (const name of Object.keys(record ?? {})) party(name, [...path, name]);
  };

  keys(agreement.ip?.foreground, ['ip', 'foreground']);
  keys(agreement.ip?.background, ['ip', 'background']);
  agreement.resources?.contributions?.forEach((c, i) => {
    party(c.party, ['resources', 'contributions', i, 'party']);
  });

  const milestones = new Set<string>();
  const pools = new Set<string>();
  agreement.terms.forEach((term, i) => {
    const view = viewTerm(term);
    const at = (...rest: (string | number)[]): IssuePath => ['terms', i, view.kind, ...rest];
    if (view.kind === 'revenueShare') {
      const { collector, tiers, cap } = view.revenueShare;
      party(collector, at('collector'));
      tiers.forEach((tier, j) => {
        keys(tier.shares, at('tiers', j, 'shares'));
        if (Object.hasOwn(tier.shares, collector)) {
          issues.push({
            code: 'collector_share',
            path: at('tiers', j, 'shares', collector),
            message: `\`${collector}\` collects this revenue, so it cannot also receive a share of it`,
            params: { party: collector },
          });
        }
      });
      keys(cap, at('cap'));
    } else if (view.kind === 'costShare') {
      const { pool, split } = view.costShare;
      if (split !== 'byUse') keys(split, at('split'));
      if (pools.has(pool)) {
        issues.push({
          code: 'duplicate_pool',
          path: at('pool'),
          message: `pool \`${pool}\` already has a costShare term; each pool is shared by one rule`,
          params: { pool },
        });
      }
      pools.add(pool);
    } else {
      const { id, payer, payee } = view.milestone;
      party(payer, at('payer'));
      party(payee, at('payee'));
      if (milestones.has(id)) {
        issues.push({
          code: 'duplicate_milestone',
          path: at('id'),
          message: `milestone \`${id}\` is defined twice; give each milestone its own id`,
          params: { id },
        });
      }
      milestones.add(id);
    }
  });
  return issues;
}

export function unknownParty(name: string, path: IssuePath, parties: readonly string[]): Issue {
  return {
    code: 'unknown_party',
    path,
    message: `\`${name}\` is not one of the parties (${parties.join(', ')})${didYouMean(name, parties)}`,
    params: { name, parties: parties.join(', ') },
  };
}
