import { describe, expect, it } from 'vitest';
import { idProblem, unicodeIdProblem } from './input-rules.js';

const printable = Array.from({ length: 0x7f - 0x20 }, (_, k) => String.fromCharCode(0x20 + k));

describe('idProblem', () => {
  // The printable-ASCII shortcut must answer exactly what the Unicode rules answer.
  it('agrees with the Unicode rules on every printable ASCII character, in every place', () => {
    for (const c of printable) {
      for (const id of [c, `a${c}`, `${c}a`, `a${c}b`, `${c}${c}`]) {
        expect(idProblem(id), JSON.stringify(id)).toBe(unicodeIdProblem(id));
      }
    }
  });

  it('still refuses what is not printable ASCII', () => {
    expect(idProblem('')).toBe(unicodeIdProblem(''));
    expect(idProblem('')).toMatch(/may hold only/);
    expect(idProblem('a\tb')).toMatch(/may hold only/);
    expect(idProblem('a\u200bb')).toMatch(/U\+200B/);
    expect(idProblem('pаypal')).toMatch(/mixes Latin and Cyrillic/);
    expect(idProblem('合作伙伴-1')).toBeUndefined();
    expect(idProblem(' a')).toBe('cannot start or end with a space');
  });
});
