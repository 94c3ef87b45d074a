/**
 * The verifiable ledger (core's ledger-proof, RFC 9162): signing a checkpoint of a
 * 1,000-entry ledger and checking a receipt that proves 1,000 entries; inclusion and
 * consistency proofs in a 1,000,000-entry ledger, each made and verified. Baselines in the
 * same run: re-walking the linear hash chain (what `ledger verify` does) for the
 * checkpoint, and recomputing the root from every leaf hash (no kept subtrees) for proofs.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  canonicalJson,
  checkReceipt,
  hashLeaf,
  hashNode,
  keyIdOf,
  MerkleTree,
  settleAgreement,
  statementMessage,
  toHex,
  treeHeadMessage,
  verifyConsistency,
  verifyInclusion,
} from '@partnerfolio/core';
import { ledgerCrypto } from '@partnerfolio/server';
import { createGeneratorRng } from './generate.mjs';
import { isMain, measure, runAsScript, timeOnce } from './harness.mjs';

const sha256 = (data) => createHash('sha256').update(data).digest();
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const rawPublic = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
const keyId = keyIdOf(sha256, rawPublic);

const agreement = {
  id: 'bench-1',
  type: 'market-cooperation',
  parties: ['us', 'univ-a'],
  start: '2026-01-01',
  end: '2027-12-31',
  terms: [
    {
      revenueShare: {
        source: 'api',
        collector: 'us',
        tiers: [
          { upTo: 1000000, shares: { 'univ-a': 0.1 } },
          { upTo: null, shares: { 'univ-a': 0.05 } },
        ],
      },
    },
  ],
};

/** A ledger entry's canonical content, as the server's `ledgerLeaf` writes it. */
function leafOf(seq, event) {
  return canonicalJson({
    workspaceId: 'ws-bench',
    seq,
    at: '2026-06-30T12:00:00.000Z',
    author: null,
    agreementId: 'ag-bench',
    kind: event.kind,
    eventDate: event.date,
    event,
  });
}

function ledgerOf(n, seed) {
  const rng = createGeneratorRng(seed).next;
  return Array.from({ length: n }, (_, i) => {
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    const amount = Math.round(rng() * 1e6) / 100;
    const event = { date: `2026-03-${day}`, kind: 'revenue', source: 'api', amount };
    return { seq: i + 1, event, leaf: leafOf(i + 1, event) };
  });
}

function signCheckpoint(entries) {
  const tree = new MerkleTree(sha256);
  for (const e of entries) tree.append(Buffer.from(e.leaf));
  const head = {
    workspace: 'bench',
    size: tree.size,
    rootHash: toHex(tree.root()),
    at: '2026-06-30T12:00:00.000Z',
  };
  const signature = toHex(sign(null, treeHeadMessage(head), privateKey));
  return { tree, head: { ...head, signature, keyId, publicKey: toHex(rawPublic) } };
}

function chainWalk(entries) {
  let prev = '0'.repeat(64);
  for (const e of entries) prev = createHash('sha256').update(prev).update(e.leaf).digest('hex');
  return prev;
}

function receiptOf(entries) {
  const { tree, head } = signCheckpoint(entries);
  const period = { from: '2026-03-01', to: '2026-03-31' };
  const settled = settleAgreement(
    agreement,
    entries.map((e) => e.event),
    period,
  );
  if (!settled.ok) throw new Error(settled.issues[0].message);
  const statement = {
    workspace: 'bench',
    agreement: agreement.id,
    number: 1,
    period,
    termsVersion: 1,
    terms: agreement,
    balances: settled.value.balances,
    transfers: settled.value.transfers,
    lines: [...settled.value.lines],
    entries: entries.map((e) => e.seq),
    treeHead: head,
    supersedes: null,
    createdAt: '2026-06-30T12:00:00.000Z',
  };
  return {
    format: 'partnerfolio-receipt',
    version: 1,
    statement,
    signature: toHex(sign(null, statementMessage(statement), privateKey)),
    publicKey: head.publicKey,
    entries: entries.map((e) => ({
      seq: e.seq,
      leaf: e.leaf,
      proof: tree.inclusionProof(e.seq - 1).map(toHex),
    })),
  };
}

/** MTH recomputed from every leaf hash, nothing kept: what a proof saves. */
function naiveRoot(leafHashes, lo, hi) {
  if (hi - lo === 1) return leafHashes[lo];
  let k = 1;
  while (k * 2 < hi - lo) k *= 2;
  return hashNode(sha256, naiveRoot(leafHashes, lo, lo + k), naiveRoot(leafHashes, lo + k, hi));
}

export async function run(report, { quick }) {
  report.section('checkpoint and receipt: a 1,000-entry ledger');
  const entries = ledgerOf(1000, 7);
  const signing = measure(() => signCheckpoint(entries), { warmup: 2, reps: quick ? 5 : 15 });
  const walk = measure(() => chainWalk(entries), { warmup: 2, reps: quick ? 5 : 15 });
  report.metric(
    'checkpoint.ms',
    'sign a checkpoint (tree of 1,000 + Ed25519)',
    signing.median,
    'ms',
    signing,
  );
  report.metric('chain.ms', 'baseline: walk the hash chain of 1,000', walk.median, 'ms', walk);
  report.ratio(
    'checkpoint.vs.chain',
    'checkpoint / chain walk',
    signing.median / walk.median,
    'chain walk',
  );
  const receipt = JSON.parse(JSON.stringify(receiptOf(entries)));
  if (process.env.DUMP)
    (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(receipt));
  const verified = measure(() => checkReceipt(receipt, ledgerCrypto), {
    warmup: 2,
    reps: quick ? 5 : 15,
  });
  report.check('the receipt checks', verified.value.ok === true);
  const broken = JSON.parse(JSON.stringify(receipt));
  broken.entries[500].leaf = broken.entries[500].leaf.replace('"amount":', '"amount":1');
  report.check('an altered entry fails', checkReceipt(broken, ledgerCrypto).ok === false);
  report.metric('receipt.ms', 'check a receipt of 1,000 entries', verified.median, 'ms', verified);
  report.ratio(
    'receipt.vs.chain',
    'receipt check / chain walk',
    verified.median / walk.median,
    'chain walk',
  );
  report.target(
    'checkpoint.target',
    'sign a 1,000-entry checkpoint',
    signing.median,
    '<',
    50,
    'ms',
  );
  report.target('receipt.target', 'check a 1,000-entry receipt', verified.median, '<', 50, 'ms');

  report.section('proofs in a 1,000,000-entry ledger');
  const n = 1_000_000;
  const leafHashes = new Array(n);
  const entry = new Uint8Array(16);
  const view = new DataView(entry.buffer);
  const tree = new MerkleTree(sha256);
  const build = timeOnce(() => {
    for (let i = 0; i < n; i++) {
      view.setUint32(0, i);
      const h = hashLeaf(sha256, entry);
      leafHashes[i] = h;
      tree.appendLeafHash(h);
    }
  });
  report.metric('build.ms', 'build the tree (1,000,000 leaves, kept subtrees)', build.ms, 'ms');
  const rng = createGeneratorRng(11).next;
  const pick = () => Math.floor(rng() * n);
  const root = tree.root();
  const inclusion = measure(
    () => {
      const index = pick();
      const proof = tree.inclusionProof(index);
      return verifyInclusion(sha256, { index, size: n, leafHash: leafHashes[index], proof, root });
    },
    { warmup: 20, reps: quick ? 5 : 15, inner: 20 },
  );
  report.check('inclusion proofs verify', inclusion.value.ok === true);
  const consistency = measure(
    () => {
      const first = 1 + pick();
      const proof = tree.consistencyProof(first);
      return verifyConsistency(sha256, {
        first,
        second: n,
        firstRoot: tree.root(first),
        secondRoot: root,
        proof,
      });
    },
    { warmup: 20, reps: quick ? 5 : 15, inner: 20 },
  );
  report.check('consistency proofs verify', consistency.value.ok === true);
  const naive = timeOnce(() => naiveRoot(leafHashes, 0, n));
  report.check('the kept tree and the naive root agree', toHex(naive.value) === toHex(root));
  report.metric(
    'inclusion.ms',
    'inclusion proof: make + verify',
    inclusion.median,
    'ms',
    inclusion,
  );
  report.metric(
    'consistency.ms',
    'consistency proof: make (+ old root) + verify',
    consistency.median,
    'ms',
    consistency,
  );
  report.metric('naive.ms', 'baseline: root from every leaf hash', naive.ms, 'ms');
  report.ratio(
    'inclusion.vs.naive',
    'inclusion / naive root',
    inclusion.median / naive.ms,
    'naive root',
  );
  report.ratio(
    'consistency.vs.naive',
    'consistency / naive root',
    consistency.median / naive.ms,
    'naive root',
  );
  report.target(
    'inclusion.target',
    'inclusion proof at 1,000,000',
    inclusion.median,
    '<',
    10,
    'ms',
  );
  report.target(
    'consistency.target',
    'consistency proof at 1,000,000',
    consistency.median,
    '<',
    10,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('ledger-proof', run);
