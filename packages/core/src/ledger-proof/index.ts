/**
 * A ledger either side can verify: an RFC 9162 Merkle tree over the ledger's entries,
 * inclusion and consistency proofs, and signed tree heads. Hashing and signatures are
 * handed in; nothing here does I/O.
 */

export { canonicalJson } from './canonical-json.js';
export {
  CHAIN_ENGLISH,
  type ChainBreakCode,
  type ChainNoun,
  chainBreak,
} from './chain-messages.js';
export {
  CHECKPOINT_ENGLISH,
  checkpointCut,
  checkpointRefusal,
  checkpointRewritten,
} from './checkpoint-messages.js';
export {
  emptyRoot,
  equalBytes,
  fromHex,
  HASH_BYTES,
  hashLeaf,
  hashNode,
  type Sha256,
  toHex,
} from './hash.js';
export { MerkleTree } from './merkle-tree.js';
export {
  checkReceipt,
  type Receipt,
  type ReceiptCheck,
  receiptSchema,
  type StatementDocument,
  statementDocumentSchema,
  statementMessage,
} from './receipt.js';
export {
  checkSignedTreeHead,
  keyIdOf,
  type SignedTreeHead,
  signedTreeHeadSchema,
  type TreeHead,
  treeHeadMessage,
  type VerifySignature,
} from './tree-head.js';
export {
  type ConsistencyCheck,
  type InclusionCheck,
  verifyConsistency,
  verifyInclusion,
} from './verify.js';
