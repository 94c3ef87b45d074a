import { checkRuleIds } from '../graph/rules-schema.js';
import { buildVocabulary } from '../graph/vocabulary.js';
import type { Portfolio } from '../model/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { indexIds } from './check-ids.js';
import { checkPartnerLinks } from './check-links.js';
import { checkPartnerEntries } from './check-partners.js';
import { checkWeighting } from './check-weighting.js';
import { fieldOf } from './raw.js';
import { type Spec, specSchema } from './spec-schema.js';
import { specWarnings } from './spec-warnings.js';
import { toPortfolio } from './to-portfolio.js';
import { validateWithSchema } from './validate-schema.js';

export interface ParsedSpec {
  readonly spec: Spec;
  readonly portfolio: Portfolio;
}

/**
 * Validates a spec already read into plain data (issues carry paths, no positions).
 * Cross-reference checks run even when the schema fails, so one run lists every error.
 */
export function validateSpecDocument(document: unknown): Result<ParsedSpec> {
  if (document === null || document === undefined) {
    return fail([
      {
        code: 'empty_document',
        path: [],
        message:
          'the spec is empty; a portfolio spec starts with `version: 1` and lists `partners`',
      },
    ]);
  }
  const schema = validateWithSchema(specSchema, document);
  const partners = indexIds(fieldOf(document, 'partners'), 'partners', 'partner');
  const criteria = indexIds(fieldOf(document, 'criteria'), 'criteria', 'criterion');
  const weighting = checkWeighting(document);
  const issues: Issue[] = [
    ...(schema.ok ? [] : schema.issues),
    ...criteria.issues,
    ...partners.issues,
    ...checkPartnerEntries(document, criteria.ids),
    ...checkPartnerLinks(document, partners.ids),
    ...weighting.issues,
  ];
  if (schema.ok) {
    issues.push(...buildVocabulary(schema.data.vocabulary).issues);
    issues.push(...checkRuleIds(schema.data.rules));
  }
  if (!schema.ok || issues.length > 0) return fail(issues);
  const warnings = [...weighting.warnings, ...specWarnings(document)];
  return ok({ spec: schema.data, portfolio: toPortfolio(schema.data) }, warnings);
}
