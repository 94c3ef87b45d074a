/**
 * Bounds on the work a document may ask for, checked before it is converted to plain
 * data. A YAML alias is a pointer: `b: [*x, *x, ...]` costs a few bytes per use but every
 * later walk (schema validation, cross-checks) visits the anchored tree once per use, so
 * the limit is on the EXPANDED size. Deep nesting overflows recursive code (the YAML
 * parser's own, at about 1,000 levels of flow brackets), so depth is bounded too: first
 * by a scan of the text (before the parser sees it), then exactly on the parsed tree.
 * Every walk here is iterative.
 */
import type { Document } from 'yaml';
import type { Issue } from '../util/issues.js';
import { isAlias, isMap, isPair, isSeq } from './yaml-guards.js';

export const DOCUMENT_LIMITS = {
  /** Levels of nesting (mappings and sequences), aliases expanded. */
  maxDepth: 64,
  /** Nodes (scalars, mappings, sequences) once every alias is expanded. */
  maxNodes: 1_000_000,
  /** Nodes that aliases add to the document (each use of an anchor counts its whole tree). */
  maxAliasNodes: 100_000,
} as const;

const fmt = (n: number): string => n.toLocaleString('en-US');

const tooDeep = (found: string): Issue => ({
  code: 'too_deep',
  path: [],
  message: `the document nests ${found} levels deep; the limit is ${DOCUMENT_LIMITS.maxDepth} levels (maxDepth): flatten it`,
});

/**
 * A cheap upper estimate of the nesting of YAML or JSON text: flow brackets outside
 * quotes, plus block levels told by indentation and `- ` indicators. It may overcount
 * (a block scalar's indented lines), so it is compared with a generous multiple of the
 * limit; the exact check runs on the parsed tree.
 */
export function estimateNesting(text: string): number {
  let flow = 0;
  let deepest = 0;
  let quote = '';
  const indents: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text[j] === ' ') j++;
      let indent = j - i;
      while ((text[j] === '-' || text[j] === '?') && text[j + 1] === ' ') {
        j += 2;
        indent = j - i;
        while (text[j] === ' ') j++;
      }
      if (flow === 0 && quote === '' && text[j] !== '\n' && text[j] !== '#') {
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (c === '\n') {
      lineStart = true;
      if (quote === "'") quote = '';
    } else if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && startsToken(text, i)) {
      quote = c;
    } else if (c === '[' || c === '{') {
      flow++;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    }
    deepest = Math.max(deepest, flow + indents.length);
  }
  return deepest;
}

/** A quote opens a quoted scalar only where a token starts (`O'Brien` is plain text). */
function startsToken(text: string, i: number): boolean {
  let j = i - 1;
  while (text[j] === ' ' || text[j] === '\t') j--;
  return j < 0 || '[{,:-?\n'.includes(text[j] ?? '');
}

/** Refuses text whose nesting would overflow the parser (4× the limit: an estimate). */
export function checkTextNesting(text: string): Issue | undefined {
  const estimate = estimateNesting(text);
  return estimate > DOCUMENT_LIMITS.maxDepth * 4 ? tooDeep(`about ${fmt(estimate)}`) : undefined;
}

interface Measure {
  nodes: number;
  depth: number;
}

function childrenOf(node: unknown, doc: Document): unknown[] {
  if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value]);
  if (isSeq(node))
    return node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]));
  if (isPair(node)) return [node.key, node.value];
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target === undefined ? [] : [target];
  }
  return [];
}

/**
 * Expanded node count and depth of a parsed document, memoised per node (so an anchor
 * used 1,000 times is measured once), in post-order with an explicit stack.
 */
export function measureDocument(doc: Document): {
  nodes: number;
  depth: number;
  aliasNodes: number;
} {
  const measured = new Map<unknown, Measure>();
  const open = new Set<unknown>();
  let aliasNodes = 0;
  const stack: { node: unknown; children?: unknown[] }[] = [{ node: doc.contents }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: unknown; children?: unknown[] };
    const { node } = top;
    if (node === null || node === undefined || measured.has(node)) {
      stack.pop();
      continue;
    }
    if (top.children === undefined) {
      if (open.has(node)) {
        // An alias to an enclosing anchor: a cycle that would never finish expanding.
        measured.set(node, { nodes: Number.POSITIVE_INFINITY, depth: Number.POSITIVE_INFINITY });
        stack.pop();
        continue;
      }
      open.add(node);
      top.children = childrenOf(node, doc);
      for (const child of top.children) stack.push({ node: child });
      continue;
    }
    stack.pop();
    open.delete(node);
    let nodes = isPair(node) || isAlias(node) ? 0 : 1;
    let depth = 0;
    for (const child of top.children) {
      const m = measured.get(child);
      if (m === undefined) continue;
      nodes += m.nodes;
      depth = Math.max(depth, m.depth);
    }
    if (isAlias(node)) aliasNodes += nodes;
    const level = isMap(node) || isSeq(node) ? 1 : 0;
    measured.set(node, { nodes, depth: depth + level });
    if (aliasNodes > DOCUMENT_LIMITS.maxAliasNodes) break;
  }
  const root = measured.get(doc.contents) ?? { nodes: 0, depth: 0 };
  return { ...root, aliasNodes };
}

/** An issue when the parsed document, aliases expanded, is too large or too deep. */
export function checkDocumentSize(doc: Document): Issue | undefined {
  const { nodes, depth, aliasNodes } = measureDocument(doc);
  if (aliasNodes > DOCUMENT_LIMITS.maxAliasNodes) {
    return {
      code: 'too_large',
      path: [],
      message: `aliases expand the document by more than ${fmt(DOCUMENT_LIMITS.maxAliasNodes)} nodes (maxAliasNodes); write the repeated parts out, or reuse smaller anchors`,
    };
  }
  if (nodes > DOCUMENT_LIMITS.maxNodes) {
    const found = Number.isFinite(nodes) ? fmt(nodes) : 'endlessly many';
    return {
      code: 'too_large',
      path: [],
      message: `the document has ${found} nodes with aliases expanded; the limit is ${fmt(DOCUMENT_LIMITS.maxNodes)} (maxNodes): split it`,
    };
  }
  if (depth > DOCUMENT_LIMITS.maxDepth)
    return tooDeep(Number.isFinite(depth) ? fmt(depth) : 'endlessly many');
  return undefined;
}
