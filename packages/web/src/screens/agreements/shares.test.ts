import { describe, expect, it } from 'vitest';
import { parseShare, shareAsNumber } from './shares';

describe('parseShare', () => {
  it('reads decimals, percentages and fractions exactly', () => {
    expect(parseShare('0.6')).toBe(0.6);
    expect(parseShare('60%')).toBe(0.6);
    expect(parseShare('33.5%')).toBe(0.335);
    expect(parseShare('5%')).toBe(0.05);
    expect(parseShare('100%')).toBe(1);
    expect(parseShare('12.25 %')).toBe(0.1225);
    expect(parseShare('1/3')).toBe('1/3');
    expect(parseShare(' 2 / 3 ')).toBe('2/3');
    expect(parseShare(0.25)).toBe(0.25);
  });

  it('leaves an empty field out and passes anything else on for the server to judge', () => {
    expect(parseShare('')).toBeUndefined();
    expect(parseShare('  ')).toBeUndefined();
    expect(parseShare(undefined)).toBeUndefined();
    expect(parseShare('half')).toBe('half');
    expect(parseShare('x%')).toBe('x%');
  });
});

describe('shareAsNumber', () => {
  it('turns fractions into numbers', () => {
    expect(shareAsNumber('1/4')).toBe(0.25);
    expect(shareAsNumber('50%')).toBe(0.5);
    expect(shareAsNumber('')).toBeUndefined();
    expect(shareAsNumber('half')).toBeNaN();
  });
});
