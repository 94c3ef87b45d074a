/**
 * The codes of a review suggestion's explanation (the reason, each fired rule's title and
 * facts) and their English, which is the text `reason`, `description` and `facts` carry.
 */
import type { EnglishRenderer, Message } from '../util/message.js';
import { message } from '../util/message.js';
import { REVIEW_METRIC_LABELS } from './review-facts.js';
import {
  DEFAULT_REVIEW_RULES,
  REVIEW_DECISIONS,
  REVIEW_METRICS,
  type ReviewDecision,
  type ReviewMetric,
  type ReviewRule,
} from './review-rules.js';

const labels = <K extends string>(keys: readonly K[], text: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, (() => text(k)) as EnglishRenderer])) as Record<
    K,
    EnglishRenderer
  >;

const metricCode = (m: ReviewMetric) => `review.metric.${m}` as const;
const decisionCode = (d: ReviewDecision) => `review.decision.${d}` as const;
const ruleCode = (id: string) => `review.rule.${id}`;

export const metricMessage = (m: ReviewMetric): Message => message(metricCode(m));
export const decisionMessage = (d: ReviewDecision): Message => message(decisionCode(d));

/**
 * A rule's title: a default rule still described in its own words has a code of its
 * own (so it reads in every language); any other rule is described in its author's words.
 */
export function ruleMessage(rule: Pick<ReviewRule, 'id' | 'description'>): Message {
  const known = DEFAULT_REVIEW_RULES.find(
    (r) => r.id === rule.id && r.description === rule.description,
  );
  return known === undefined
    ? message('review.rule.custom', { description: rule.description })
    : message(ruleCode(known.id));
}

export const REVIEW_ENGLISH = {
  ...labels(REVIEW_METRICS.map(metricCode), (code) => {
    const metric = code.slice('review.metric.'.length) as ReviewMetric;
    return REVIEW_METRIC_LABELS[metric];
  }),
  ...labels(REVIEW_DECISIONS.map(decisionCode), (code) => code.slice('review.decision.'.length)),
  ...labels(
    DEFAULT_REVIEW_RULES.map((r) => ruleCode(r.id)),
    (code) => DEFAULT_REVIEW_RULES.find((r) => ruleCode(r.id) === code)?.description ?? code,
  ),
  'review.rule.custom': (p) => p.text('description'),
  'review.fact.short': (p) =>
    `${p.text('metric')}: only ${p.text('reviewed')} of ${p.text('periods')} periods reviewed`,
  'review.fact.values': (p) =>
    `${p.text('metric')} ${p.text('values')} (${p.text('op')} ${p.text('value')})`,
  'review.fact.value': (p) => `${p.text('value')} in ${p.text('period')}`,
  'review.fact.not_assessed': (p) => `not assessed in ${p.text('period')}`,
  'review.reason.none': () => 'no rule fired',
  'review.reason.fired': (p) =>
    `${p.text('suggestion')}: ${p.items('rules') === 1 ? 'rule' : 'rules'} ${p.text('rules')} fired`,
  'review.reason.fired_outranks': (p) =>
    `${p.text('suggestion')}: ${p.items('rules') === 1 ? 'rule' : 'rules'} ${p.text('rules')} fired; it outranks ${p.text('outranked')}`,
  'review.reason.rule': (p) => `\`${p.text('id')}\` (${p.text('description')})`,
  'review.reason.outranked': (p) => `\`${p.text('id')}\` (${p.text('suggest')})`,
  // A review's actuals (review-actuals.ts).
  'review.actual.ledger': (p) =>
    `net ${p.text('net')} from the settlement lines of ${p.text('agreements')} agreement${p.count('agreements') === 1 ? '' : 's'} and ${p.text('offLedger')} item${p.count('offLedger') === 1 ? '' : 's'} off the ledger`,
  'review.actual.override': (p) =>
    `typed by hand instead of the ledger's net ${p.text('ledgerNet')}: ${p.text('reason')}`,
  'review.actual.override_incomparable': (p) =>
    `typed by hand (${p.text('because')}): ${p.text('reason')}`,
  // What leaving costs and when (exit-terms.ts).
  'exit.cost.milestone': (p) =>
    `milestone ${p.text('id')} of ${p.text('agreement')}: ${p.text('amount')} still due on ${p.text('due')}, before the notice period ends on ${p.text('end')}`,
  'exit.cost.write_off': (p) => `write-off on leaving ${p.text('agreement')}: ${p.text('amount')}`,
  'exit.cost.data_return': (p) =>
    `returning the shared data of ${p.text('agreement')}: ${p.text('amount')}`,
  'exit.cost.data_delete': (p) =>
    `deleting the shared data of ${p.text('agreement')}: ${p.text('amount')}`,
  'exit.schedule.notice': (p) =>
    `notice on ${p.text('notice')}; the last of ${p.text('agreements')} agreement${p.count('agreements') === 1 ? '' : 's'} ends on ${p.text('end')} (notice period up to ${p.text('days')} days)`,
  'exit.schedule.no_agreement': (p) =>
    `notice on ${p.text('notice')}; no running agreement sets a notice period`,
} satisfies Record<string, EnglishRenderer>;

/** Every code a review suggestion's messages (or a message inside them) can carry. */
export const REVIEW_MESSAGE_CODES = Object.keys(REVIEW_ENGLISH);
