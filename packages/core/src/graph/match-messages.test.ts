import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, renderEnglish } from '../messages/english.js';
import { EXCLUDED_STATUSES } from '../workspace/lifecycle.js';
import { excludedConstraintMessage, excludedStatusMessage } from './match-messages.js';

describe("the partner search's reasons for never proposing", () => {
  it('has a code for each excluded status and for constraints.exclude', () => {
    expect([...MESSAGE_CODES.graph].sort()).toEqual(
      [...EXCLUDED_STATUSES.map((s) => `graph.excluded.${s}`), 'graph.excluded.constraint'].sort(),
    );
  });

  it('says them in English as the CLI always has', () => {
    expect(EXCLUDED_STATUSES.map((s) => renderEnglish(excludedStatusMessage(s)))).toEqual([
      'status exiting',
      'status exited',
      'status rejected',
    ]);
    expect(renderEnglish(excludedConstraintMessage())).toBe('constraints.exclude');
  });
});
