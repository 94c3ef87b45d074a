/** `prev_hash` of a workspace's first entry, in every hash chain (audit log, ledger). */
export const GENESIS_HASH = '0'.repeat(64);
