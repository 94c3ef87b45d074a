import { describe, expect, it } from 'vitest';
import { MilpBuilder } from './milp-builder.js';

describe('MilpBuilder', () => {
  it('packs columns and CSR rows into typed arrays', () => {
    const b = new MilpBuilder('minimize');
    const x = b.addBinary(2);
    const y = b.addVariable({ upper: 5, cost: 1 });
    b.addRow([x, y], [1, 3], 0, 4);
    b.addRow([y], [2], Number.NEGATIVE_INFINITY, 1);
    const m = b.build();
    expect(m.sense).toBe('minimize');
    expect(Array.from(m.columns.cost)).toEqual([2, 1]);
    expect(Array.from(m.columns.integer)).toEqual([1, 0]);
    expect(Array.from(m.columns.upper)).toEqual([1, 5]);
    expect(Array.from(m.rows.starts)).toEqual([0, 2, 3]);
    expect(Array.from(m.rows.indices)).toEqual([0, 1, 1]);
    expect(Array.from(m.rows.values)).toEqual([1, 3, 2]);
    expect(m.columns.names).toBeUndefined();
  });

  it('sums repeated columns in a row and drops zero coefficients', () => {
    const b = new MilpBuilder('maximize');
    const [x, y, z] = [b.addBinary(), b.addBinary(), b.addBinary()];
    b.addRow([x, y, x, z, y], [1, 1, 1, 0, -1], Number.NEGATIVE_INFINITY, 1);
    b.addRow([y, x], [1, 1], Number.NEGATIVE_INFINITY, 1);
    const m = b.build();
    expect(Array.from(m.rows.indices)).toEqual([0, 1, 0]);
    expect(Array.from(m.rows.values)).toEqual([2, 1, 1]);
    expect(Array.from(m.rows.starts)).toEqual([0, 1, 3]);
  });

  it('names every column and row once any is named', () => {
    const b = new MilpBuilder('maximize');
    b.addBinary(1, 'pick');
    b.addBinary(1);
    b.addRow([0, 1], [1, 1], 0, 1, 'cap');
    expect(b.build().columns.names).toEqual(['pick', 'x1']);
    expect(b.build().rows.names).toEqual(['cap']);
  });

  it('refuses a row over a column that does not exist', () => {
    const b = new MilpBuilder('maximize');
    b.addBinary();
    expect(() => b.addRow([3], [1], 0, 1)).toThrow(RangeError);
  });
});
