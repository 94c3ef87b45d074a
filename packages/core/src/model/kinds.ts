/** Partner kinds, in their own module so that schemas the model's types name can use them. */
export const PARTNER_KINDS = ['academic', 'enterprise', 'government', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
