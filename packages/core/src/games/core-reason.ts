import { renderEnglish } from '../messages/english.js';
import { type Message, message } from '../util/message.js';
import type { GAMES_ENGLISH } from './games-messages.js';

/** `reason` (English) and `because` (the code) of a core answer, from one message. */
export function coreReason(
  code: keyof typeof GAMES_ENGLISH,
  params: Message['params'] = {},
): { readonly reason: string; readonly because: Message } {
  const because = message(code, params);
  return { reason: renderEnglish(because), because };
}
