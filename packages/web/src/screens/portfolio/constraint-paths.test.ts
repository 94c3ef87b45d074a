import { describe, expect, it } from 'vitest';
import { locateConstraint } from './constraint-paths';

describe('locateConstraint', () => {
  it('finds the form section and item of the optimizer’s conflict paths', () => {
    expect(locateConstraint('resources.budget')).toEqual({
      section: 'resources',
      item: 'budget',
      anchor: 'pf-resources-budget',
    });
    expect(locateConstraint('constraints.minPerKind.government')).toEqual({
      section: 'minPerKind',
      item: 'government',
      anchor: 'pf-minPerKind-government',
    });
    expect(locateConstraint('constraints.exclusive[2]')).toEqual({
      section: 'exclusive',
      item: '2',
      anchor: 'pf-exclusive-2',
    });
    expect(locateConstraint('constraints.maxPartners')).toEqual({
      section: 'maxPartners',
      anchor: 'pf-maxPartners',
    });
    expect(locateConstraint('constraints.groups[0].max')).toMatchObject({ item: '0' });
  });

  it('knows nothing of other paths', () => {
    expect(locateConstraint('partners[3].cost')).toBeUndefined();
    expect(locateConstraint('')).toBeUndefined();
  });
});
