import { describe, expect, it } from 'vitest';
import { type Settings, toConstraintValues, toSettingsPatch } from './constraint-values';

const settings: Settings = {
  organization: 'Example AI',
  unit: 'USD k',
  netModel: 'net',
  objective: 'net',
  coordinationCost: 15,
  resources: { budget: 1500, staff: 16 },
  constraints: {
    minPerKind: { academic: 2, government: 1 },
    maxPartners: 10,
    exclusive: [['a', 'b']],
    requires: [['c', 'd']],
    include: ['a'],
    exclude: ['e'],
    cover: ['data'],
    groups: [{ name: 'Banks', members: ['f', 'g'], max: 1 }],
    minScore: 0.3,
  },
  needs: [],
  vocabulary: [],
  rules: [],
};

describe('constraint form values', () => {
  it('round-trip the settings unchanged', () => {
    const patch = toSettingsPatch(toConstraintValues(settings));
    expect(patch).toEqual({
      resources: settings.resources,
      objective: 'net',
      coordinationCost: 15,
      constraints: settings.constraints,
    });
  });

  it('leave out what is empty: no limit, half-filled pairs, nameless resources', () => {
    const values = toConstraintValues(settings);
    const patch = toSettingsPatch({
      ...values,
      resources: [
        ...values.resources,
        { name: ' ', capacity: 3 },
        { name: 'compute', capacity: null },
      ],
      minPerKind: { ...values.minPerKind, government: 9, other: 0 },
      maxPartners: null,
      minScore: null,
      exclusive: [...values.exclusive, { a: 'x' }],
      groups: [...values.groups, { members: [], min: 1, max: null }],
      coordinationCost: null,
    });
    expect(patch.resources).toEqual({ budget: 1500, staff: 16 });
    expect(patch.coordinationCost).toBe(0);
    expect(patch.constraints?.minPerKind).toEqual({ academic: 2, government: 9 });
    expect(patch.constraints).not.toHaveProperty('maxPartners');
    expect(patch.constraints).not.toHaveProperty('minScore');
    expect(patch.constraints?.exclusive).toEqual([['a', 'b']]);
    expect(patch.constraints?.groups).toHaveLength(1);
  });
});
