/**
 * The assessments' history on both databases: every write is recorded with its time, a
 * removal as null, and a spec replace records only the scores it changes or removes, so
 * the scores at any past moment can be read back (the learned standard's input).
 */
import { scoresAt } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { deleteAssessment, upsertAssessment } from './assessments.js';
import { readScoreHistory } from './score-history.js';
import { replaceWorkspaceFromSpec } from './spec-replace.js';
import { createTestWorkspace } from './test-support/factories.js';

/** The database's clock: `at(iso)` moves it. */
let current = new Date(0);
const at = (iso: string) => {
  current = new Date(iso);
};

describeEachDatabase('the assessments’ history', { clock: () => current }, (get) => {
  it('records writes and removals with their time, and a spec replace only what changes', async () => {
    const { db } = get();
    at('2024-01-01T09:00:00Z');
    const { workspace, spec, partnerKeys } = await createTestWorkspace(db, { partners: 3 });
    const [first = '', second = ''] = partnerKeys;
    const original = spec.partners[0]?.scores.c1 ?? 0;

    at('2024-06-01T09:00:00Z');
    const added = await upsertAssessment(db, workspace.id, first, 'c1', 'ana', 10, null);
    at('2024-07-01T09:00:00Z');
    await deleteAssessment(db, workspace.id, added.id, null);
    at('2024-08-01T09:00:00Z');
    // The same spec again, but the second partner's c2 changed and the third one gone.
    const changed = {
      ...spec,
      partners: spec.partners
        .slice(0, 2)
        .map((p) =>
          p.id === second
            ? { ...p, scores: { ...p.scores, c2: 1 + ((p.scores.c2 ?? 0) % 10) } }
            : p,
        ),
    };
    await replaceWorkspaceFromSpec(db, workspace.id, changed, null);

    const history = await readScoreHistory(db.kysely, workspace.id);
    const mine = history.get(first) ?? [];
    expect(mine.map((e) => [e.criterion, e.assessor, e.score, e.at.slice(0, 10)])).toEqual([
      ...Object.entries(spec.partners[0]?.scores ?? {}).map(([c, s]) => [
        c,
        'spec',
        s,
        '2024-01-01',
      ]),
      ['c1', 'ana', 10, '2024-06-01'],
      ['c1', 'ana', null, '2024-07-01'],
    ]);
    expect(scoresAt(mine, '2024-06-15').c1).toBe((original + 10) / 2);
    expect(scoresAt(mine, '2024-07-15').c1).toBe(original);
    const theirs = history.get(second) ?? [];
    expect(theirs.filter((e) => e.at.startsWith('2024-08-01')).map((e) => e.criterion)).toEqual([
      'c2',
    ]);
    // The third partner was deleted with its history.
    expect(history.has(partnerKeys[2] ?? '')).toBe(false);
  });
});
