import { describe, expect, it } from 'vitest';
import type { ReviewSettings } from '../../api/types';
import { toBody, toValues } from './settings-form';

const settings: ReviewSettings = {
  cadence: { every: 12, unit: 'months' },
  overrides: { 'northlake-ai-lab': { every: 6, unit: 'months' } },
  rules: [
    {
      id: 'exit-net-below-plan-low-trust',
      description: 'Net below plan two periods running and trust under 0.5',
      suggest: 'exit',
      when: [
        { metric: 'netVsPlan', op: '<', value: 0, periods: 2 },
        { metric: 'trust', op: '<', value: 0.5 },
      ],
    },
  ],
  version: 0,
};

describe('review settings form', () => {
  it('round-trips the settings', () => {
    const { version: _, ...body } = settings;
    expect(toBody(toValues(settings))).toEqual(body);
  });

  it('drops empty override rows and conditions without a metric, and periods of 1', () => {
    expect(
      toBody({
        cadence: { every: 90, unit: 'days' },
        overrides: [
          { partner: 'a', every: 3, unit: 'months' },
          { every: 2 },
          { partner: 'b', every: null },
        ],
        rules: [
          {
            id: ' r1 ',
            description: 'low health',
            suggest: 'adjust',
            when: [{ metric: 'health', op: '<', value: 3, periods: 1 }, { op: '>' }],
          },
        ],
      }),
    ).toEqual({
      cadence: { every: 90, unit: 'days' },
      overrides: { a: { every: 3, unit: 'months' } },
      rules: [
        {
          id: 'r1',
          description: 'low health',
          suggest: 'adjust',
          when: [{ metric: 'health', op: '<', value: 3 }],
        },
      ],
    });
  });
});
