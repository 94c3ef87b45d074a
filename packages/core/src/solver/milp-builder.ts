import type { MilpModel, ObjectiveSense } from './milp-model.js';

export interface VariableSpec {
  readonly lower?: number;
  readonly upper?: number;
  readonly integer?: boolean;
  readonly cost?: number;
  readonly name?: string;
}

/**
 * Accumulates a model in growable plain arrays and packs them into typed arrays once,
 * in `build()`: building stays linear in the model size however large it gets.
 */
export class MilpBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly integer: number[] = [];
  private readonly colNames: (string | undefined)[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly rowNames: (string | undefined)[] = [];
  private named = false;
  /** Position + 1 of a column inside the row being added (0 = absent), to merge duplicates. */
  private slot = new Int32Array(0);
  private offset = 0;

  constructor(readonly sense: ObjectiveSense) {}

  get columnCount(): number {
    return this.cost.length;
  }

  get rowCount(): number {
    return this.rowLower.length;
  }

  addVariable(spec: VariableSpec = {}): number {
    this.cost.push(spec.cost ?? 0);
    this.lower.push(spec.lower ?? 0);
    this.upper.push(spec.upper ?? Number.POSITIVE_INFINITY);
    this.integer.push(spec.integer ? 1 : 0);
    this.colNames.push(spec.name);
    if (spec.name !== undefined) this.named = true;
    return this.cost.length - 1;
  }

  addBinary(cost = 0, name?: string): number {
    return this.addVariable(
      name === undefined
        ? { lower: 0, upper: 1, integer: true, cost }
        : { lower: 0, upper: 1, integer: true, cost, name },
    );
  }

  setCost(column: number, cost: number): void {
    this.cost[column] = cost;
  }

  setBounds(column: number, lower: number, upper: number): void {
    this.lower[column] = lower;
    this.upper[column] = upper;
  }

  addOffset(value: number): void {
    this.offset += value;
  }

  /**
   * Adds `lower ≤ Σ coefficients[k]·x[columns[k]] ≤ upper`. Repeated columns are summed
   * and zero coefficients dropped, because solvers reject duplicate entries in a row.
   */
  addRow(
    columns: ArrayLike<number>,
    coefficients: ArrayLike<number>,
    lower: number,
    upper: number,
    name?: string,
  ): number {
    if (this.slot.length < this.cost.length) this.slot = new Int32Array(this.cost.length * 2);
    const begin = this.indices.length;
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k] as number;
      const coef = coefficients[k] as number;
      if (col < 0 || col >= this.cost.length) throw new RangeError(`no column ${col}`);
      const at = this.slot[col] as number;
      if (at === 0) {
        this.indices.push(col);
        this.values.push(coef);
        this.slot[col] = this.indices.length - begin;
      } else {
        this.values[begin + at - 1] = (this.values[begin + at - 1] as number) + coef;
      }
    }
    // Reset the slots and squeeze out zeros in one pass.
    let write = begin;
    for (let read = begin; read < this.indices.length; read++) {
      const col = this.indices[read] as number;
      this.slot[col] = 0;
      const value = this.values[read] as number;
      if (value !== 0) {
        this.indices[write] = col;
        this.values[write] = value;
        write++;
      }
    }
    this.indices.length = write;
    this.values.length = write;
    this.starts.push(write);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    this.rowNames.push(name);
    if (name !== undefined) this.named = true;
    return this.rowLower.length - 1;
  }

  build(): MilpModel {
    const columns = {
      count: this.cost.length,
      cost: Float64Array.from(this.cost),
      lower: Float64Array.from(this.lower),
      upper: Float64Array.from(this.upper),
      integer: Uint8Array.from(this.integer),
    };
    const rows = {
      count: this.rowLower.length,
      lower: Float64Array.from(this.rowLower),
      upper: Float64Array.from(this.rowUpper),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
    if (!this.named) return { sense: this.sense, offset: this.offset, columns, rows };
    return {
      sense: this.sense,
      offset: this.offset,
      columns: { ...columns, names: this.colNames.map((n, i) => n ?? `x${i}`) },
      rows: { ...rows, names: this.rowNames.map((n, i) => n ?? `r${i}`) },
    };
  }
}
