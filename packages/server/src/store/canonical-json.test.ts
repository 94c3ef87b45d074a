import { describe, expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  test('sorts keys at every depth, drops undefined members, writes no spaces', () => {
    const value = {
      b: [1, { z: null, a: 'x' }, undefined],
      a: { 2: true, 10: false },
      c: undefined,
    };
    expect(canonicalJson(value)).toBe(
      '{"a":{"10":false,"2":true},"b":[1,{"a":"x","z":null},null]}',
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('é"')).toBe('"é\\""');
    expect(canonicalJson(undefined)).toBe('null');
  });

  test('agrees with JSON.stringify on key-sorted data', () => {
    const value = { a: [1, 2, { b: 'c', d: [true, null] }], e: -0.5 };
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  test('100,000 levels of nesting do not overflow the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { k: deep };
    const text = canonicalJson(deep);
    expect(text.length).toBeGreaterThan(300_000);
    expect(text.endsWith(']}]}')).toBe(true);
  });
});
