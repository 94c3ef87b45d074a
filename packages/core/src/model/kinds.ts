/** Partner kinds, in their own module so that schemas the model's types name can use them. */
import { type EnglishRenderer, type Message, message } from '../util/message.js';

export const PARTNER_KINDS = ['academic', 'enterprise', 'government', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * A kind inside a message, as a code of its own (`partner.kind.academic`), so that every
 * language says it in its own words; English says the kind's name. A kind the model does
 * not know stays a plain string.
 */
export const kindParam = (kind: string): Message | string =>
  (PARTNER_KINDS as readonly string[]).includes(kind) ? message(`partner.kind.${kind}`) : kind;

export const KIND_ENGLISH: Readonly<Record<string, EnglishRenderer>> = Object.fromEntries(
  PARTNER_KINDS.map((kind) => [`partner.kind.${kind}`, () => kind]),
);
