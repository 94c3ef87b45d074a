import { describe, expect, it } from 'vitest';
import { fieldErrorMap, formatFieldPath } from './field-paths';

describe('formatFieldPath', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(formatFieldPath(['terms', 0, 'revenueShare', 'tiers', 1, 'upTo'])).toBe(
      'terms[0].revenueShare.tiers[1].upTo',
    );
    expect(formatFieldPath(['ip', 'foreground', 'univ-a'])).toBe('ip.foreground.univ-a');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('fieldErrorMap', () => {
  it('groups the messages by path, without the prefix', () => {
    const map = fieldErrorMap(
      [
        { path: 'document.terms[0].revenueShare.tiers[1].upTo', message: 'goes down' },
        { path: 'document.end', message: 'before start' },
        { path: 'document.end', message: 'not a date' },
        { path: 'status', message: 'unknown' },
      ],
      'document',
    );
    expect(map.get('terms[0].revenueShare.tiers[1].upTo')).toEqual(['goes down']);
    expect(map.get('end')).toEqual(['before start', 'not a date']);
    expect(map.get('status')).toEqual(['unknown']);
  });
});
