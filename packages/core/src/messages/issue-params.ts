/**
 * The issue codes whose `Issue.params` carry the values of their message, with the names
 * of those values: a language other than English says such an issue from its code (the
 * web app's forms), and falls back to `message` for any other issue.
 */
export const ISSUE_PARAMS = {
  missing_field: ['field'],
  unknown_field: ['field'],
  not_integer: ['value'],
  negative: ['bound', 'op', 'value'],
  not_positive: ['bound', 'op', 'value'],
  out_of_range: ['bound', 'op', 'value'],
  invalid_value: ['allowed', 'value'],
  duplicate_party: ['party'],
  collector_share: ['party'],
  self_payment: ['party'],
  unknown_party: ['name', 'parties'],
  duplicate_pool: ['pool'],
  duplicate_milestone: ['id'],
  duplicate_id: ['id'],
  ambiguous_synonym: ['word', 'term'],
  end_before_start: ['end', 'start'],
  open_tier_not_last: [],
  tiers_not_increasing: ['previous', 'value'],
  shares_over_one: ['total'],
  split_not_one: ['total'],
  sub_cent_amount: ['value'],
  invalid_share: ['value'],
  bands_not_increasing: ['previous', 'value'],
  not_convex: ['previous', 'value'],
  infeasible_ranges: ['low'],
  // The ledger cannot be compared with the plan (workspace/value-unit.ts).
  units_incomparable_points: ['unit'],
  units_incomparable_unknown: ['unit'],
  units_incomparable_currency: ['currency', 'unit'],
  // An SMAA run over the server's limits (commands/engine-options.ts, `smaaRefusal`).
  smaa_too_many_partners: ['partners', 'maximum'],
  smaa_too_many_samples: ['maximum', 'partners', 'criteria'],
  // A PROMETHEE rank over the server's Gaussian pairs (`prometheeRefusal`).
  promethee_too_many_pairs: ['partners', 'gaussian', 'maximum'],
  // A request the server's route schemas refuse (zod's checks, named by the server's
  // error handler and the store, via zod-issue-codes.ts): the limits a field broke.
  too_short: ['minimum'],
  too_long: ['maximum'],
  too_few: ['minimum'],
  too_many: ['maximum'],
  below_minimum: ['bound', 'op'],
  above_maximum: ['bound', 'op'],
  wrong_type: ['expected'],
  bad_format: ['format'],
  not_one_of: ['allowed'],
  unknown_keys: ['keys'],
  not_multiple: ['divisor'],
} as const satisfies Record<string, readonly string[]>;

export type IssueCodeWithParams = keyof typeof ISSUE_PARAMS;
