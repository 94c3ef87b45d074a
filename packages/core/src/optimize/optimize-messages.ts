/**
 * The optimiser's explanations as codes with values: what each constraint of a conflict
 * says (`Conflict.because`), why the conflict cannot be met, and what overturning a choice
 * would cost (`PartnerRegret.because`). Their English is the `message` text the CLI prints
 * and the API sends beside the codes; the web app renders the codes in its reader's
 * language. Figures that are not counts travel as text written as a person would
 * (`fmt`), so that every language shows the same digits; counts are numbers (plurals).
 */
import type { EnglishRenderer, Message, MessageList } from '../util/message.js';
import { message } from '../util/message.js';
import { fmt } from './wording.js';

const s = (n: number) => (n === 1 ? '' : 's');

export const OPTIMIZE_ENGLISH = {
  'optimize.item': (p) => p.text('name'),
  'optimize.more': (p) => `${p.text('count')} more`,
  'optimize.none': () => 'none',

  'optimize.conflict.alone': (p) => `${p.text('statement')}: this alone cannot be met`,
  'optimize.conflict.with': (p) =>
    `${p.text('statement')}; this cannot hold together with ${p.text('others')}`,

  'optimize.cvar': (p) =>
    `no portfolio that meets the other constraints keeps the ${p.text('percent')} CVaR of S over ${p.text('scenarios')} scenarios at or above ${p.text('floor')}`,

  'optimize.resource.unused': (p) =>
    `at most ${p.text('amount')} ${p.text('resource')} may be used in total; no partner uses ${p.text('resource')}`,
  'optimize.resource.uses': (p) =>
    `at most ${p.text('amount')} ${p.text('resource')} may be used in total; ${p.text('uses')}`,
  'optimize.resource.uses_more': (p) =>
    `at most ${p.text('amount')} ${p.text('resource')} may be used in total; ${p.text('uses')} (and ${p.text('more')} more use it)`,
  'optimize.resource.use': (p) => `${p.text('partner')} uses ${p.text('amount')}`,

  'optimize.kind.none': (p) =>
    `at least ${p.text('min')} ${p.text('kind')} partner${s(p.count('min'))} ${p.count('min') === 1 ? 'is' : 'are'} required, but the portfolio has none`,
  'optimize.kind.only': (p) =>
    `at least ${p.text('min')} ${p.text('kind')} partner${s(p.count('min'))} ${p.count('min') === 1 ? 'is' : 'are'} required, but the portfolio has only ${p.text('have')}: ${p.text('names')}`,
  'optimize.kind.candidates': (p) =>
    `at least ${p.text('min')} ${p.text('kind')} partner${s(p.count('min'))} ${p.count('min') === 1 ? 'is' : 'are'} required (candidates: ${p.text('names')})`,

  'optimize.max_partners': (p) =>
    `at most ${p.text('max')} partner${s(p.count('max'))} may be chosen`,

  'optimize.cover.none': (p) =>
    `at least one chosen partner must offer ${p.text('offer')}, but no partner offers it`,
  'optimize.cover': (p) =>
    `at least one chosen partner must offer ${p.text('offer')} (offered by ${p.text('names')})`,

  'optimize.bound.at_least': (p) => `at least ${p.text('min')}`,
  'optimize.bound.at_most': (p) => `at most ${p.text('max')}`,
  'optimize.bound.between': (p) => `at least ${p.text('min')} and at most ${p.text('max')}`,
  'optimize.group': (p) => `${p.text('bounds')} of ${p.text('names')} must be chosen`,
  'optimize.group.named': (p) =>
    `${p.text('bounds')} of ${p.text('names')} must be chosen (group "${p.text('name')}")`,
  'optimize.group.short': (p) =>
    `${p.text('statement')}, but the group has only ${p.text('size')} partner${s(p.count('size'))}`,

  'optimize.min_score': (p) => `every chosen partner must score at least ${p.text('min')}`,
  'optimize.min_score.below': (p) =>
    `every chosen partner must score at least ${p.text('min')}; ${p.text('scores')}`,
  'optimize.min_score.below_more': (p) =>
    `every chosen partner must score at least ${p.text('min')}; ${p.text('scores')} (and ${p.text('more')} more fall below)`,
  'optimize.min_score.score': (p) => `${p.text('partner')} scores ${p.text('score')}`,

  'optimize.status.exiting': (p) => `${p.text('partner')} is exiting and may not be chosen`,
  'optimize.status.exited': (p) => `${p.text('partner')} is exited and may not be chosen`,
  'optimize.status.rejected': (p) => `${p.text('partner')} is rejected and may not be chosen`,

  'optimize.exclusive': (p) => `${p.text('a')} and ${p.text('b')} may not both be chosen`,
  'optimize.requires': (p) => `choosing ${p.text('a')} requires choosing ${p.text('b')}`,
  'optimize.requires.unknown': (p) =>
    `choosing ${p.text('a')} requires ${p.text('b')}, which is not a partner`,
  'optimize.include': (p) => `${p.text('id')} must be chosen`,
  'optimize.include.unknown': (p) => `${p.text('id')} must be chosen, but no partner has that id`,
  'optimize.exclude': (p) => `${p.text('id')} may not be chosen`,

  'optimize.rule.head': (p) => `rule \`${p.text('id')}\``,
  'optimize.rule.head.described': (p) => `rule \`${p.text('id')}\` (${p.text('message')})`,
  'optimize.rule.at_most': (p) =>
    `${p.text('rule')}: at most ${p.text('max')} of ${p.text('names')} may be chosen`,
  'optimize.rule.at_least': (p) =>
    `${p.text('rule')}: at least ${p.text('min')} of ${p.text('names')} must be chosen`,
  'optimize.rule.requires': (p) =>
    `${p.text('rule')}: a chosen partner matching it needs a chosen partner offering ${p.text('offers')} (involving ${p.text('names')})`,
  'optimize.rule.requires_domain': (p) =>
    `${p.text('rule')}: a chosen partner matching it needs a chosen partner offering ${p.text('offers')} in its domains (involving ${p.text('names')})`,

  'optimize.gain.net': () => 'net value',
  'optimize.gain.score': () => 'score',
  'optimize.regret.drop': (p) =>
    `dropping ${p.text('id')} lowers the objective by ${p.text('amount')}`,
  'optimize.regret.drop_free': (p) =>
    `dropping ${p.text('id')} costs nothing: an equally good portfolio leaves it out`,
  'optimize.regret.add': (p) =>
    `${p.text('id')} would need ${p.text('amount')} more ${p.text('gain')} to be worth choosing`,
  'optimize.regret.add_free': (p) =>
    `${p.text('id')} could be chosen at no loss: an equally good portfolio includes it`,
  'optimize.regret.bounded': (p) =>
    `${p.text('regret')} (re-solve stopped at the time limit: at most this much)`,
  'optimize.regret.cannot_drop': (p) => `${p.text('id')} cannot be dropped: ${p.text('reasons')}`,
  'optimize.regret.cannot_choose': (p) => `${p.text('id')} cannot be chosen: ${p.text('reasons')}`,
  'optimize.regret.reason': (p) => `${p.text('constraint')} (${p.text('statement')})`,
  'optimize.regret.no_portfolio': (p) =>
    `the re-solve for ${p.text('id')} found no portfolio: ${p.text('why')}`,
  'optimize.regret.time_limit': () => 'the time limit',
  'optimize.regret.solver_failed': () => 'the solver failed',
} as const satisfies Record<string, EnglishRenderer>;

/** A figure as a person would write it (no binary-floating-point noise), as text. */
export const figure = (value: number): string => fmt(value);

/** A name (a partner id, a constraint's path) as an item of a list. */
const item = (name: string): Message => message('optimize.item', { name });

/** `a, b and c`; long lists are cut: `a, b, c, d, e, f and 12 more`; empty: `none`. */
export function nameList(names: readonly string[], max = 6): MessageList {
  if (names.length === 0) return { list: [message('optimize.none')], join: 'and' };
  if (names.length <= max) return { list: names.map(item), join: 'and' };
  return {
    list: [
      ...names.slice(0, max).map(item),
      message('optimize.more', { count: names.length - max }),
    ],
    join: 'and',
  };
}

/** Several statements in a row, separated as a list of clauses (`, `). */
export const clauses = (list: readonly Message[]): MessageList => ({ list, join: 'comma' });
