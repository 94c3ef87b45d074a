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
      coordination: { ...values.coordination, flat: null },
    });
    expect(patch.resources).toEqual({ budget: 1500, staff: 16 });
    expect(patch.coordinationCost).toBe(0);
    expect(patch.constraints?.minPerKind).toEqual({ academic: 2, government: 9 });
    expect(patch.constraints).not.toHaveProperty('maxPartners');
    expect(patch.constraints).not.toHaveProperty('minScore');
    expect(patch.constraints?.exclusive).toEqual([['a', 'b']]);
    expect(patch.constraints?.groups).toHaveLength(1);
  });

  it('edit a coordination cost by kind with overhead bands, and keep it through a round trip', () => {
    const structured: Settings = {
      ...settings,
      coordinationCost: {
        perPartner: { academic: 10, enterprise: 20 },
        overhead: [
          { upTo: 3, perPartner: 0 },
          { upTo: 6, perPartner: 5 },
        ],
      },
    };
    const values = toConstraintValues(structured);
    expect(values.coordination.mode).toBe('byKind');
    expect(values.coordination.perKind).toEqual({
      academic: 10,
      enterprise: 20,
      government: null,
      other: null,
    });
    expect(toSettingsPatch(values).coordinationCost).toEqual(structured.coordinationCost);
    // A half-filled band is left out; switching to flat sends the number.
    const edited = toSettingsPatch({
      ...values,
      coordination: {
        ...values.coordination,
        overhead: [...values.coordination.overhead, { upTo: 9, perPartner: null }],
      },
    });
    expect(edited.coordinationCost).toEqual(structured.coordinationCost);
    const flat = toSettingsPatch({
      ...values,
      coordination: { ...values.coordination, mode: 'flat', flat: 12 },
    });
    expect(flat.coordinationCost).toBe(12);
  });
});
