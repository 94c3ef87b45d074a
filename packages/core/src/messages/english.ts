/**
 * Every message code core can produce, and its English: what the CLI prints and what the
 * API sends beside the codes (`explain`, `reason`, `facts`). Other languages render the
 * same codes from their own tables (the web app's `src/i18n/`).
 */
import { SETTLEMENT_ENGLISH } from '../agreements/settle-messages.js';
import { GAMES_ENGLISH } from '../games/games-messages.js';
import { MATCH_ENGLISH } from '../graph/match-messages.js';
import { CHAIN_ENGLISH } from '../ledger-proof/chain-messages.js';
import { CHECKPOINT_ENGLISH } from '../ledger-proof/checkpoint-messages.js';
import { KIND_ENGLISH } from '../model/kinds.js';
import { OPTIMIZE_ENGLISH } from '../optimize/optimize-messages.js';
import { EXIT_ENGLISH } from '../review/exit-messages.js';
import { listWords } from '../review/review-facts.js';
import { REVIEW_ENGLISH } from '../review/review-messages.js';
import type { EnglishRenderer, Message, MessageParam } from '../util/message.js';
import { isMessage, isMessageList } from '../util/message.js';
import { UNIT_ENGLISH } from '../workspace/value-unit.js';
import { formatValue } from './format-value.js';

const ENGLISH: Readonly<Record<string, EnglishRenderer>> = {
  ...SETTLEMENT_ENGLISH,
  ...REVIEW_ENGLISH,
  ...GAMES_ENGLISH,
  ...CHAIN_ENGLISH,
  ...CHECKPOINT_ENGLISH,
  ...OPTIMIZE_ENGLISH,
  ...MATCH_ENGLISH,
  ...EXIT_ENGLISH,
  ...UNIT_ENGLISH,
  ...KIND_ENGLISH,
};

/** Every code, by family: a language that renders messages needs a text for each. */
export const MESSAGE_CODES = {
  settlement: Object.keys(SETTLEMENT_ENGLISH),
  review: Object.keys(REVIEW_ENGLISH),
  games: Object.keys(GAMES_ENGLISH),
  chain: Object.keys(CHAIN_ENGLISH),
  checkpoint: Object.keys(CHECKPOINT_ENGLISH),
  optimize: Object.keys(OPTIMIZE_ENGLISH),
  graph: Object.keys(MATCH_ENGLISH),
  exit: Object.keys(EXIT_ENGLISH),
  unit: Object.keys(UNIT_ENGLISH),
  kind: Object.keys(KIND_ENGLISH),
} as const;

const ENGLISH_SEPARATORS = { sum: ' + ', comma: ', ', semicolon: '; ' } as const;

function paramText(param: MessageParam | undefined): string {
  if (param === undefined) return '';
  if (isMessage(param)) return renderEnglish(param);
  if (isMessageList(param)) {
    const items = param.list.map(renderEnglish);
    if (param.join === 'and') return listWords(items);
    return items.join(ENGLISH_SEPARATORS[param.join]);
  }
  return formatValue(param);
}

/** The message in English; an unknown code shows as itself (never thrown: it is text). */
export function renderEnglish(m: Message): string {
  const render = ENGLISH[m.code];
  if (render === undefined) return m.code;
  return render({
    text: (name) => paramText(m.params[name]),
    count: (name) => {
      const value = m.params[name];
      return typeof value === 'number' ? value : 0;
    },
    items: (name) => {
      const value = m.params[name];
      return value !== undefined && isMessageList(value) ? value.list.length : 0;
    },
  });
}

/**
 * The names of the values a code's English reads, for a translation to check that it
 * speaks of the same values; an unknown code has none.
 */
export function messageParamNames(code: string): string[] {
  const names = new Set<string>();
  const note = (name: string) => {
    names.add(name);
    return 0;
  };
  ENGLISH[code]?.({
    text: (name) => String(note(name)),
    count: note,
    items: note,
  });
  return [...names].sort();
}
