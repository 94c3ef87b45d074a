import { expect, it } from 'vitest';
import { checkEntry, entryValue } from './outcome-entry';

it('accepts a unit, a calendar period and a number', () => {
  expect(checkEntry({ unit: 'north', period: '2025-Q1', value: '12.5' })).toEqual({});
  expect(checkEntry({ unit: 'north', period: '2025-03', value: '-3' })).toEqual({});
  expect(entryValue('89,8')).toBe(89.8);
});

it('names each field at fault by a code', () => {
  expect(checkEntry({ unit: ' ', period: 'March', value: 'lots' })).toEqual({
    unit: 'required',
    period: 'not_a_period',
    value: 'not_a_number',
  });
  expect(checkEntry({ unit: 'x'.repeat(201), period: '', value: '' })).toEqual({
    unit: 'too_long',
    period: 'required',
    value: 'required',
  });
  expect(entryValue('Infinity')).toBeUndefined();
});
