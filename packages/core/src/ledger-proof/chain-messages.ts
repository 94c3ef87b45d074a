/**
 * Why a hash chain (the audit log, the settlement ledger) is broken, as a message: the
 * server's chain check names the first bad entry with one of these, and its English is
 * the `reason` text. `noun` is itself a message (`chain.noun.*`), so each language names
 * the kind of entry in its own words.
 */
import type { EnglishRenderer, Message } from '../util/message.js';

export const CHAIN_ENGLISH = {
  'chain.noun.entry': () => 'entry',
  'chain.noun.ledger': () => 'ledger entry',
  'chain.unreadable': (p) => `${p.text('noun')} ${p.text('seq')} was altered: it cannot be read`,
  'chain.missing': (p) =>
    `${p.text('noun')} ${p.text('seq')} is missing: the chain jumps from ${p.text('previous')} to ${p.text('next')}`,
  'chain.reordered': (p) =>
    `${p.text('noun')} ${p.text('seq')} does not follow ${p.text('noun')} ${p.text('previous')} (prev_hash differs): an entry was removed or reordered`,
  'chain.altered': (p) =>
    `${p.text('noun')} ${p.text('seq')} was altered: its content does not match its hash`,
} as const satisfies Record<string, EnglishRenderer>;

export type ChainNoun = 'chain.noun.entry' | 'chain.noun.ledger';
export type ChainBreakCode = Exclude<keyof typeof CHAIN_ENGLISH, ChainNoun>;

/**
 * The message for a break at `seq` (sequence numbers are sent as text, so that no language
 * groups their digits). `previous`/`next` are the neighbours the reason names.
 */
export function chainBreak(
  code: ChainBreakCode,
  noun: ChainNoun,
  seq: number,
  around: { readonly previous?: number; readonly next?: number } = {},
): Message {
  return {
    code,
    params: {
      noun: { code: noun, params: {} },
      seq: String(seq),
      ...(around.previous === undefined ? {} : { previous: String(around.previous) }),
      ...(around.next === undefined ? {} : { next: String(around.next) }),
    },
  };
}
