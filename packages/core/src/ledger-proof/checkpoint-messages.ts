/**
 * Why a ledger does not extend a checkpoint (a signed tree head kept earlier), as a
 * message: the server's `verifyLedgerSince` answers one of these, and its English is the
 * `reason` text the CLI prints. A ledger whose rows break the chain answers the chain's
 * own message (chain-messages.ts).
 */
import type { Issue } from '../util/issues.js';
import { formatPath } from '../util/issues.js';
import type { EnglishRenderer, Message } from '../util/message.js';
import { message } from '../util/message.js';

export const CHECKPOINT_ENGLISH = {
  'checkpoint.malformed': (p) =>
    `the checkpoint is not a signed tree head: ${p.text('field')} is missing or malformed`,
  'checkpoint.other_workspace': (p) =>
    `the checkpoint is of workspace "${p.text('named')}", not "${p.text('expected')}"`,
  'checkpoint.no_workspace': (p) => `there is no workspace "${p.text('workspace')}"`,
  'checkpoint.key_id': () => 'keyId is not the hash of publicKey',
  'checkpoint.unknown_key': (p) =>
    `the head was signed with key ${p.text('key')}, which is not one of this workspace's keys`,
  'checkpoint.signature': () =>
    'the signature does not match the tree head: it was altered or signed by another key',
  'checkpoint.cut': (p) =>
    `entries were cut off: the checkpoint covers ${p.text('size')} entries, the ledger now has ${p.text('now')}`,
  'checkpoint.rewritten': (p) =>
    `entries were rewritten: the first ${p.text('size')} entries no longer hash to the checkpoint's root`,
} as const satisfies Record<string, EnglishRenderer>;

/**
 * The message for the first issue `checkSignedTreeHead` found (`keyId` is the key the
 * head names). Sizes are sent as text, so that no language groups their digits.
 */
export function checkpointRefusal(issue: Issue | undefined, keyId: string): Message {
  switch (issue?.code) {
    case 'tree_head_key_id':
      return message('checkpoint.key_id');
    case 'tree_head_unknown_key':
      return message('checkpoint.unknown_key', { key: keyId });
    case 'tree_head_signature':
      return message('checkpoint.signature');
    default:
      return message('checkpoint.malformed', { field: formatPath(issue?.path ?? []) || '(root)' });
  }
}

export const checkpointCut = (size: number, now: number): Message =>
  message('checkpoint.cut', { size: String(size), now: String(now) });
export const checkpointRewritten = (size: number): Message =>
  message('checkpoint.rewritten', { size: String(size) });
