import { describe, expect, it } from 'vitest';
import { sqliteDriverProblem } from './sqlite-driver-check.js';

describe('the SQLite driver for this Node', () => {
  it('accepts better-sqlite3 12 on Node 20 and 22, and 13 on Node 24', () => {
    expect(sqliteDriverProblem('20.20.2', '12.11.1')).toBeNull();
    expect(sqliteDriverProblem('22.23.3', '12.11.1')).toBeNull();
    expect(sqliteDriverProblem('24.21.0', '13.0.1')).toBeNull();
  });

  it('refuses better-sqlite3 12 on Node 24 and says what to do', () => {
    expect(sqliteDriverProblem('24.21.0', '12.11.1')).toMatch(/better-sqlite3@13/);
  });

  it('finds the installed driver when asked about this process', () => {
    expect(sqliteDriverProblem()).toBeNull();
  });
});
