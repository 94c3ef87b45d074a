import { placeResult } from '../spec/place-issues.js';
import { type ReadOptions, readSource } from '../spec/source.js';
import { fail, ok, type Result } from '../util/issues.js';
import type { SettleOptions, SettleReport } from './report.js';
import { periodIssues, settleAgreement } from './settle.js';
import { validateAgreementFile } from './validate.js';

/**
 * Reads, validates and settles an agreement file in one call, so that an issue found
 * while settling (costs with no usage to split them by) is placed on its line too.
 */
export function settleAgreementText(
  text: string,
  options: ReadOptions & SettleOptions,
): Result<SettleReport> {
  // The period is no part of the text: its issues have no line to point at.
  const period = periodIssues(options);
  if (period.length > 0) return fail(period);
  const source = readSource(text, options);
  if (!source.ok) return source;
  const file = validateAgreementFile(source.value.value);
  if (!file.ok) return placeResult(file, source.value, source.warnings);
  const { agreement, events } = file.value;
  const settled = settleAgreement(agreement, events, options);
  // The file's warnings (events outside the agreement, ...) are those of the settlement.
  const result = settled.ok ? ok(settled.value, file.warnings) : settled;
  return placeResult(result, source.value, source.warnings);
}
