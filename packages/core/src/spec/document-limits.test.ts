import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_LIMITS, estimateNesting } from './document-limits.js';
import { parseSpecText } from './parse-spec.js';
import { reservedNames } from './reserved-name.js';

/** Issue 10's payload: one 80,000-element anchor used 990 times (about 163 KB of YAML). */
function fanOut(elements = 80_000, uses = 990): string {
  const anchor = Array.from({ length: elements }, () => '0').join(',');
  const refs = Array.from({ length: uses }, () => '  - *x').join('\n');
  return `version: 1\nx: &x [${anchor}]\npartners:\n${refs}\n`;
}

const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
describe('document limits', () => {
  test('an alias fan-out is refused from its expanded size, at the cost of reading the text', () => {
    const text = fanOut();
    expect(text.length).toBeGreaterThan(150_000);
    const value = parseSpecText(text);
    expect(value.ok).toBe(false);
    if (value.ok) return;
    expect(value.issues).toHaveLength(1);
    expect(value.issues[0]).toMatchObject({ code: 'too_large', line: 1, column: 1 });
    expect(value.issues[0]?.message).toContain('maxAliasNodes');
    // Before: 6 s on this payload (every walk visited the 79 million expanded nodes); now
    // the expanded size is counted while reading and the walks never start. Its time is
    // measured by bench/hostile-load.mjs (no timings in tests).
  });

  test('small anchors reused a few times are fine', () => {
    const text = [
      'version: 1',
      'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
      'partners:',
      '  - { id: a, kind: academic, scores: &s { tech: 3 }, cost: 1, return: 2 }',
      '  - { id: b, kind: academic, scores: *s, cost: 1, return: 2 }',
    ].join('\n');
    expect(parseSpecText(text).ok).toBe(true);
  });

  test.each([
    [2_000, 'json'],
    [10_000, 'json'],
    [200_000, 'yaml'],
  ] as const)('%i-deep brackets (%s) are refused as too_deep, without a crash', (depth, format) => {
    const value = parseSpecText(deepJson(depth), { format });
    expect(value.ok).toBe(false);
    if (!value.ok) {
      expect(value.issues[0]?.code).toBe('too_deep');
      expect(value.issues[0]?.message).toContain(`limit is ${DOCUMENT_LIMITS.maxDepth} levels`);
    }
  });

  test('block nesting beyond the limit is too_deep; at the limit it parses', () => {
    const block = (depth: number) =>
      `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1`;
    const over = parseSpecText(block(DOCUMENT_LIMITS.maxDepth + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.issues[0]?.code).toBe('too_deep');
    const at = parseSpecText(block(DOCUMENT_LIMITS.maxDepth));
    if (!at.ok) expect(at.issues[0]?.code).not.toBe('too_deep');
    const far = parseSpecText(block(3_000));
    if (!far.ok) expect(far.issues[0]?.code).toBe('too_deep');
  });

  test('an anchor nested inside its own alias chain counts its expanded depth', () => {
    // Each level's anchor is used twice by the next: depth grows by one per level
    // and the node count doubles, so 40 levels are about 2^40 nodes once expanded.
    const levels = Array.from({ length: 40 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`);
    const text = ['l0: &l0 [1]', ...levels].join('\n');
    const result = parseSpecText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('too_large');
  });

  test('the nesting estimate is never below the real depth of a quote-free document', () => {
    expect(estimateNesting('a:\n  b:\n    c: [1, [2]]\n')).toBeGreaterThanOrEqual(5);
    expect(estimateNesting("name: O'Brien [x\n")).toBeGreaterThanOrEqual(1);
    expect(estimateNesting('a: "[[[["\n')).toBe(1);
  });

  test('the demo spec is within every limit', () => {
    const text = readFileSync(new URL('../../../../examples/demo.yaml', import.meta.url), 'utf8');
    expect(parseSpecText(text).ok).toBe(true);
  });

  test('reservedNames walks 100,000 levels without overflowing the stack, in document order', () => {
    let deep: unknown = { __proto__: null };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const nested = JSON.parse(`{"a":{"__proto__":1},"b":[{"c":{"__proto__":2}}]}`) as unknown;
    expect(reservedNames(nested).map((issue) => issue.path)).toEqual([
      ['a', '__proto__'],
      ['b', 0, 'c', '__proto__'],
    ]);
    expect(() => reservedNames(deep)).not.toThrow();
  });
});

describe('ids and numbers at the boundary', () => {
  const spec = (id: string, cost: unknown = 1) =>
    JSON.stringify({
      version: 1,
      criteria: [{ id: 'tech', kind: 'benefit', weight: 1 }],
      partners: [{ id, kind: 'academic', scores: { tech: 1 }, cost, return: 2 }],
    });
  const codes = (text: string) => {
    const result = parseSpecText(text, { format: 'json' });
    return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  };

  test.each([
    ['lone\\ud800', 'invalid_text@partners.0.id'],
    ['zero\\u200bwidth', 'invalid_id@partners.0.id'],
    ['bidi\\u202eevil', 'invalid_id@partners.0.id'],
    ['line\\nbreak', 'invalid_id@partners.0.id'],
    ['p\\u0430ypal', 'invalid_id@partners.0.id'],
  ])('the id %s is refused', (id, code) => {
    expect(codes(spec('ID').replace('"ID"', `"${id}"`))).toContain(code);
  });

  test('an id in NFD is stored in NFC; ids in one script (any script) are fine', () => {
    const nfd = parseSpecText(spec('cafe\u0301'), { format: 'json' });
    expect(nfd.ok && nfd.value.spec.partners[0]?.id).toBe('caf\u00e9');
    for (const id of ['清华大学-ai', 'МГУ', 'univ_a.b', 'R&D (2025)']) {
      expect(codes(spec(id))).toEqual([]);
    }
  });

  test('numbers beyond ±1e12 are refused, naming the field', () => {
    expect(codes(spec('a', 1e308))).toEqual(['out_of_range@partners.0.cost']);
    expect(codes(spec('a', { triangular: [0, 1, 2e12] }))).toContain(
      'out_of_range@partners.0.cost.triangular.2',
    );
    expect(codes(spec('a', { lognormal: [20, 5] }))).toContain(
      'out_of_range@partners.0.cost.lognormal',
    );
    expect(codes(spec('a', -1e12))).toEqual([]);
  });
});
