import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type RiskOutput, riskSchema } from './risk-schema.js';

/** One risk as the spec writes it, checked alone (the server's register validates each with it). */
export function checkRisk(value: unknown): Result<RiskOutput> {
  const checked = validateWithSchema(riskSchema, value);
  return checked.ok ? ok(checked.data) : fail([...checked.issues]);
}
