/**
 * The exit plan's step titles as codes (`exit.step.<key>`, one per step of `EXIT_STEPS`).
 * Their English is the `title` the API sends and the CLI prints; the web app renders the
 * code in its reader's language.
 */
import type { EnglishRenderer, Message } from '../util/message.js';
import { message } from '../util/message.js';

export const EXIT_ENGLISH = {
  'exit.step.notice-sent': () => 'Send notice of termination as the agreement requires',
  'exit.step.ip-settled': () => 'Settle intellectual property: ownership, licences, publications',
  'exit.step.data-returned-or-deleted': () => 'Return or delete shared data, with confirmation',
  'exit.step.final-settlement': () => 'Agree and pay the final settlement',
  'exit.step.announcement': () =>
    'Announce the end of the partnership, internally and if needed publicly',
} as const satisfies Record<string, EnglishRenderer>;

/** A step's title: `key` is one of `EXIT_STEPS`. */
export const exitStepMessage = (key: string): Message => message(`exit.step.${key}`);
