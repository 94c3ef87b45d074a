/**
 * Why the partner search never proposes an organisation that offers the capability, as
 * codes: its status (exiting, exited, rejected) or the portfolio's `constraints.exclude`.
 * Their English is the `reason` text the CLI prints and the API sends beside the code
 * (`because`); the web app renders the code in its reader's language.
 */
import type { EnglishRenderer, Message } from '../util/message.js';
import { message } from '../util/message.js';
import type { ExcludedStatus } from '../workspace/lifecycle.js';

export const MATCH_ENGLISH = {
  'graph.excluded.exiting': () => 'status exiting',
  'graph.excluded.exited': () => 'status exited',
  'graph.excluded.rejected': () => 'status rejected',
  'graph.excluded.constraint': () => 'constraints.exclude',
} as const satisfies Record<string, EnglishRenderer>;

/** Never proposed because of its status. */
export const excludedStatusMessage = (status: ExcludedStatus): Message =>
  message(`graph.excluded.${status}`);

/** Never proposed because the portfolio's `constraints.exclude` names it. */
export const excludedConstraintMessage = (): Message => message('graph.excluded.constraint');
