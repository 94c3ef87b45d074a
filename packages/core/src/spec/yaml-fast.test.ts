import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readSource } from './source.js';
import { readYamlFast } from './yaml-fast.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** What the YAML library makes of `text`: its value, or `undefined` if it reports anything. */
function library(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { value: doc.toJS({ maxAliasCount: 1000 }) };
}

/** How many texts `agrees` saw, and how many of them the fast reader read. */
const seen = { texts: 0, read: 0 };

/** The fast reader either leaves `text` to the full reader or gives the library's value. */
function agrees(text: string): boolean {
  seen.texts++;
  const fast = readYamlFast(text);
  if (fast === undefined) return true;
  seen.read++;
  const full = library(text);
  expect(full, `the library refuses what the fast reader read:\n${text}`).toBeDefined();
  // Node's deep equality: prototypes, own properties, -0 and NaN (vitest's strict equality
  // would compare a `constructor` key's values as the objects' constructors).
  const same = isDeepStrictEqual(fast.value, full?.value);
  expect(same, `${text}\n${inspect(fast.value)}\n${inspect(full?.value)}`).toBe(true);
  return true;
}

/** Every YAML file in the repository's examples and CLI fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
const FILES = [
  ...yamlFiles(join(ROOT, 'examples')),
  ...yamlFiles(join(ROOT, 'packages/cli/src/e2e/fixtures')),
];

describe('readYamlFast', () => {
  it.each(FILES.map((f) => relative(ROOT, f)))('agrees with the library on %s', (file) => {
    agrees(readFileSync(join(ROOT, file), 'utf8'));
  });

  it('reads the demo spec itself (the CLI start-up depends on it)', () => {
    const text = readFileSync(join(ROOT, 'examples/demo.yaml'), 'utf8');
    expect(readYamlFast(text)).toBeDefined();
    agrees(text);
  });

  it('resolves plain scalars by the YAML 1.2 core schema', () => {
    const text = [
      'a: ~',
      'b: Null',
      'c: TRUE',
      'd: false',
      'e: 0o17',
      'f: -012',
      'g: 0x1F',
      'h: -.inf',
      'i: .NaN',
      'j: 1e3',
      'k: 1.',
      'l: .5',
      'm: 1/2',
      'n: 2025-01-01',
      'o: yes',
      "p: O'Brien",
      'q: C# and F#',
      'r: a, b [c] {d}',
      's: http://example.com/x',
      't: "1"',
      "u: 'it''s'",
      'v: [1, -2.5, "x, y", { k: null }, []]',
      'w: {}',
      'x: -0',
      'y: +7',
      'constructor: 1',
    ].join('\n');
    agrees(text);
    expect(readYamlFast(text)).toBeDefined();
  });

  it('reads block structure: nested, compact and indentless sequences, comments', () => {
    const text = [
      '# top',
      'list:',
      '- a',
      '-   b   # c',
      '-',
      '  x: 1',
      'items:',
      '  - id: one',
      '    tags: [x, y]',
      '    more:',
      '      deep: true',
      '  # between',
      '  - id: two',
      'empty:',
      'last: end',
      '',
    ].join('\n');
    agrees(text);
    expect(readYamlFast(text)).toBeDefined();
  });

  it('leaves to the full reader what it is not sure of', () => {
    for (const text of [
      'a: 1\na: 2', // duplicate key
      '__proto__: 1', // reserved name
      'a: &x 1\nb: *x', // anchor and alias
      'a: !!str 1', // tag
      'a: |\n  text', // block scalar
      'a: one\n  two', // multi-line plain scalar
      'a: [1,\n  2]', // multi-line flow
      'a: "x\\ty"', // escape
      '"a": 1', // quoted key
      '1: one', // key that is no string
      'a:\tb', // tab
      'a: 1\r\n', // carriage return
      '%YAML 1.1\n---\na: 1', // directive
      '---\na: 1', // document marker
      'a: b: c', // nested compact mapping
      'a: - b', // sequence in a compact value
      '- - a', // compact nested sequence
      'a: [1, 2]x', // text after a flow collection
      'a: {b}', // flow key without value
      'a: [1, ]', // empty flow entry
      'just a scalar',
      '',
    ]) {
      expect(readYamlFast(text), text).toBeUndefined();
    }
  });

  it('places an issue of a fast-read file at its line and column', () => {
    const source = readSource('version: 1\nresources:\n  budget: -1\n', { file: 'x.yaml' });
    if (!source.ok) throw new Error('unreadable');
    const placed = source.value.place({ code: 'x', path: ['resources', 'budget'], message: 'm' });
    expect(placed).toMatchObject({ file: 'x.yaml', line: 3, column: 11 });
  });

  // Values written by the library in many styles read back the same, or not at all.
  const key = fc.oneof(
    fc.constantFrom('id', 'name', 'a b', 'true', '1', 'x:y', '-k', 'k#', '~', 'constructor', '<<'),
    fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'ab -:#_.\'"') }),
  );
  const scalar = fc.oneof(
    fc.constantFrom('x', 'two words', '1/2', 'ünï', 7, -0.5, true, null),
    fc.constantFrom('', ' ', 'a: b', '#x', 'x #y', '1e3', '0x1F', '.inf', '-', '- a', 'null'),
    fc.constantFrom("O'Brien", '"q"', '[x]', '{y}', 'a, b', '1/2', '≈ 0.3', 'x\ny', '@', '`'),
    fc.string({ maxLength: 8 }),
    fc.string({ maxLength: 8, unit: fc.constantFrom(...'ab1 -:#,.[]{}\'"') }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('seq'), tie('map')),
    seq: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  })).map;
  const style = fc.record({
    flowLevel: fc.integer({ min: -1, max: 3 }),
    indentSeq: fc.boolean(),
    indent: fc.integer({ min: 1, max: 4 }),
    lineWidth: fc.constantFrom(0, 20, 80),
  });

  it('agrees with the library on generated documents', () => {
    Object.assign(seen, { texts: 0, read: 0 });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c d'), value), style, (v, s) => {
        const { flowLevel, ...options } = s;
        return agrees(stringify(v, { ...options, ...(flowLevel < 0 ? {} : { flowLevel }) }));
      }),
      { seed: 11, numRuns: 2000 },
    );
    // The check is real: the fast reader reads some of them (most have a nested sequence
    // or an escaped string, which it leaves to the library).
    expect(seen.read).toBeGreaterThan(50);
  });

  // The demo file with random edits: whatever the fast reader accepts, the library reads alike.
  const head = readFileSync(join(ROOT, 'examples/demo.yaml'), 'utf8').slice(0, 4000);
  const demo = head.slice(0, head.lastIndexOf('\n') + 1);
  const edit = fc.record({
    at: fc.nat({ max: demo.length }),
    cut: fc.nat({ max: 3 }),
    insert: fc
      .array(
        fc.constantFrom(' ', '-', ':', '#', '[', ']', '{', '}', "'", '"', ',', '\n', 'x', '1'),
        {
          maxLength: 3,
        },
      )
      .map((cs) => cs.join('')),
  });

  it('agrees with the library on edited copies of the demo spec', () => {
    Object.assign(seen, { texts: 0, read: 0 });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = demo;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        return agrees(text);
      }),
      { seed: 7, numRuns: 3000 },
    );
    expect(seen.read / seen.texts).toBeGreaterThan(0.3);
  });
});
