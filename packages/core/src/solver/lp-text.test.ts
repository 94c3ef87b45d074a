import { describe, expect, it } from 'vitest';
import { toLpText } from './lp-text.js';
import { MilpBuilder } from './milp-builder.js';

describe('toLpText', () => {
  it('writes every section, splits ranged rows and lists zero-cost columns', () => {
    const b = new MilpBuilder('maximize');
    const x = b.addBinary(3);
    const y = b.addVariable({ lower: -1, upper: 2.5, cost: -0.5 });
    const z = b.addVariable({ lower: Number.NEGATIVE_INFINITY });
    b.addOffset(2);
    b.addRow([x, y], [1, -2], Number.NEGATIVE_INFINITY, 4);
    b.addRow([y, z], [1, 1], 1, 3);
    b.addRow([x], [1], 1, 1);
    expect(toLpText(b.build())).toBe(
      [
        'Maximize',
        ' obj: + 3 x0 - 0.5 x1 + 0 x2 + 2',
        'Subject To',
        ' r0: + 1 x0 - 2 x1 <= 4',
        ' r1: + 1 x1 + 1 x2 >= 1',
        ' r1_up: + 1 x1 + 1 x2 <= 3',
        ' r2: + 1 x0 = 1',
        'Bounds',
        ' 0 <= x0 <= 1',
        ' -1 <= x1 <= 2.5',
        ' x2 free',
        'General',
        ' x0',
        'End',
        '',
      ].join('\n'),
    );
  });
});
