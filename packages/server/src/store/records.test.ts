import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import {
  deleteAssessment,
  importAssessments,
  listAssessments,
  upsertAssessment,
} from './assessments.js';
import { listAudit } from './audit.js';
import { verifyAuditChain } from './audit-verify.js';
import {
  getCriteriaVersion,
  getCurrentCriteria,
  listCriteriaVersions,
  saveCriteria,
} from './criteria.js';
import { getEstimate, setEstimate } from './estimates.js';
import { getPartner } from './partners.js';
import { deleteScenario, getScenario, listScenarios, saveScenario } from './scenarios.js';
import { getWorkspaceSettings, updateWorkspaceSettings } from './settings.js';
import {
  createSynergy,
  deleteSynergy,
  getSynergy,
  listSynergies,
  updateSynergy,
} from './synergies.js';
import { createTestWorkspace } from './test-support/factories.js';
import {
  createWorkspace,
  getWorkspaceById,
  getWorkspaceBySlug,
  listWorkspaces,
} from './workspaces.js';

describeEachDatabase('workspace records', (get) => {
  it('creates workspaces with a valid, unique slug', async () => {
    const { db } = get();
    const ws = await createWorkspace(db, { slug: 'acme-ai', name: ' Acme AI ', actor: 'ann' });
    expect(ws).toMatchObject({ slug: 'acme-ai', name: 'Acme AI' });
    expect(await getWorkspaceBySlug(db, 'acme-ai')).toEqual(ws);
    expect(await getWorkspaceById(db, ws.id)).toEqual(ws);
    expect((await listWorkspaces(db)).map((w) => w.slug)).toContain('acme-ai');
    await expect(
      createWorkspace(db, { slug: 'acme-ai', name: 'Again', actor: null }),
    ).rejects.toMatchObject({ code: 'duplicate' });
    for (const slug of ['A', 'Acme', '-acme', 'a', 'acme_ai', 'x'.repeat(64)]) {
      await expect(createWorkspace(db, { slug, name: 'N', actor: null })).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    await expect(getWorkspaceBySlug(db, 'nope')).rejects.toMatchObject({ code: 'not_found' });
    const settings = await getWorkspaceSettings(db, ws.id);
    expect(settings).toMatchObject({
      version: 1,
      settings: { organization: 'Acme AI', netModel: 'net', resources: {} },
    });
  });

  it('versions settings and refuses stale or invalid updates', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const current = await getWorkspaceSettings(db, workspace.id);
    const next = await updateWorkspaceSettings(
      db,
      workspace.id,
      { unit: 'EUR', resources: { budget: 5, staff: 2 } },
      current.version,
      'ann',
    );
    expect(next.version).toBe(current.version + 1);
    expect(next.settings).toMatchObject({
      unit: 'EUR',
      organization: current.settings.organization,
      resources: { budget: 5, staff: 2 },
    });
    const stale = await updateWorkspaceSettings(
      db,
      workspace.id,
      { unit: 'GBP' },
      current.version,
      'bob',
    ).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: 'conflict', details: { current: next } });
    await expect(
      updateWorkspaceSettings(db, workspace.id, { coordinationCost: -1 }, next.version, null),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { issues: [{ path: ['coordinationCost'] }] },
    });
    await expect(
      updateWorkspaceSettings(
        db,
        workspace.id,
        { constraints: { maxPartners: 1.5 } },
        next.version,
        null,
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('keeps every criteria version and refuses invalid AHP matrices', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const v1 = await getCurrentCriteria(db, workspace.id);
    const criteria = [
      { id: 'tech', name: 'Technical', kind: 'benefit' },
      { id: 'risk', kind: 'cost' },
    ];
    const v2 = await saveCriteria(
      db,
      workspace.id,
      {
        criteria,
        weighting: {
          method: 'ahp',
          matrix: [
            [1, 3],
            ['1/3', 1],
          ],
        },
        normalization: 'max',
      },
      v1.version,
      'ann',
    );
    expect(v2).toMatchObject({
      version: v1.version + 1,
      normalization: 'max',
      createdBy: 'ann',
      weighting: {
        method: 'ahp',
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      },
    });
    expect(await getCriteriaVersion(db, workspace.id, v1.version)).toEqual(v1);
    expect((await listCriteriaVersions(db, workspace.id)).map((v) => v.version)).toEqual([
      v2.version,
      v1.version,
    ]);
    const direct = criteria.map((c) => ({ ...c, weight: 1 }));
    await expect(
      saveCriteria(db, workspace.id, { criteria: direct }, v1.version, null),
    ).rejects.toMatchObject({ code: 'conflict', details: { current: v2 } });
    const bad = await saveCriteria(
      db,
      workspace.id,
      {
        criteria,
        weighting: {
          method: 'ahp',
          matrix: [
            [1, 3],
            [3, 1],
          ],
        },
      },
      v2.version,
      null,
    ).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'invalid' });
    expect(
      await saveCriteria(db, workspace.id, { criteria }, v2.version, null).catch((e: unknown) => e),
    ).toMatchObject({
      code: 'invalid',
      details: { issues: [{ code: 'missing_weight' }, { code: 'missing_weight' }] },
    });
    await expect(getCriteriaVersion(db, workspace.id, 99)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('combines assessors by mean; upserts replace one assessor; bulk import is all or nothing', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 2 });
    const ws = workspace.id;
    const own = (await getPartner(db, ws, 'p00001')).scores.c1 ?? 0;
    const a = await upsertAssessment(db, ws, 'p00001', 'c1', 'ann', 2, 'ann');
    expect(a).toMatchObject({
      partner: 'p00001',
      criterion: 'c1',
      assessor: 'ann',
      score: 2,
      version: 1,
    });
    const b = await upsertAssessment(db, ws, 'p00001', 'c1', 'ann', 5, 'ann');
    expect(b).toMatchObject({ id: a.id, score: 5, version: 2 });
    expect((await getPartner(db, ws, 'p00001')).scores.c1).toBeCloseTo((own + 5) / 2, 12);
    await expect(upsertAssessment(db, ws, 'p00001', 'nope', 'ann', 1, null)).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(upsertAssessment(db, ws, 'ghost', 'c1', 'ann', 1, null)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      upsertAssessment(db, ws, 'p00001', 'c1', 'ann', Number.NaN, null),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(
      (await listAssessments(db, ws, { partner: 'p00001', criterion: 'c1' })).map(
        (x) => x.assessor,
      ),
    ).toEqual(['ann', 'spec']);

    const count = async () => (await listAssessments(db, ws)).length;
    const before = await count();
    await expect(
      importAssessments(
        db,
        ws,
        [
          { partner: 'p00002', criterion: 'c2', assessor: 'bob', score: 1 },
          { partner: 'p00002', criterion: 'zzz', assessor: 'bob', score: 1 },
        ],
        null,
      ),
    ).rejects.toMatchObject({ code: 'invalid', details: { issues: [{ path: [1, 'criterion'] }] } });
    expect(await count()).toBe(before);
    expect(
      await importAssessments(
        db,
        ws,
        [{ partner: 'p00002', criterion: 'c2', assessor: 'bob', score: 1 }],
        null,
      ),
    ).toEqual({ written: 1 });
    await deleteAssessment(db, ws, b.id, 'ann');
    expect(await count()).toBe(before);
    expect((await getPartner(db, ws, 'p00001')).scores.c1).toBe(own);
  });

  it('versions estimates: 0 when none, conflict when stale', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const ws = workspace.id;
    const { createPartner } = await import('./partners.js');
    await createPartner(db, ws, { id: 'fresh', kind: 'other' }, null);
    expect(await getEstimate(db, ws, 'fresh')).toEqual({
      partner: 'fresh',
      cost: null,
      return: null,
      exitCost: null,
      onboardingCost: null,
      version: 0,
      updatedAt: null,
    });
    const e1 = await setEstimate(db, ws, 'fresh', { cost: { lognormal: [0, 0.5] } }, 0, 'ann');
    expect(e1).toMatchObject({ cost: { lognormal: [0, 0.5] }, return: null, version: 1 });
    const e2 = await setEstimate(db, ws, 'fresh', { return: 3 }, 1, 'ann');
    expect(e2).toMatchObject({ cost: { lognormal: [0, 0.5] }, return: 3, version: 2 });
    await expect(setEstimate(db, ws, 'fresh', { return: 4 }, 1, 'bob')).rejects.toMatchObject({
      code: 'conflict',
      details: { current: e2 },
    });
    await expect(
      setEstimate(db, ws, 'fresh', { cost: { normal: [1, -1] } }, 2, 'bob'),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect((await getPartner(db, ws, 'fresh')).return).toBe(3);
  });

  it('manages synergies between two distinct, existing partners', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 3 });
    const ws = workspace.id;
    const s = await createSynergy(
      db,
      ws,
      { between: ['p00001', 'p00002'], value: { triangular: [-1, 0, 2] }, note: 'shared lab' },
      'ann',
    );
    expect(s).toMatchObject({
      between: ['p00001', 'p00002'],
      value: { triangular: [-1, 0, 2] },
      note: 'shared lab',
      version: 1,
    });
    await expect(
      createSynergy(db, ws, { between: ['p00002', 'p00001'], value: 1 }, null),
    ).rejects.toMatchObject({ code: 'duplicate' });
    await expect(
      createSynergy(db, ws, { between: ['p00001', 'p00001'], value: 1 }, null),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      createSynergy(db, ws, { between: ['p00001', 'ghost'], value: 1 }, null),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { issues: [{ path: ['between', 1] }] },
    });
    const s2 = await updateSynergy(db, ws, s.id, { value: -0.5 }, 1, 'bob');
    expect(s2).toMatchObject({ value: -0.5, note: 'shared lab', version: 2 });
    await expect(updateSynergy(db, ws, s.id, { value: 1 }, 1, null)).rejects.toMatchObject({
      code: 'conflict',
      details: { current: s2 },
    });
    await createSynergy(db, ws, { between: ['p00003', 'p00002'], value: 2 }, null);
    expect((await listSynergies(db, ws, { partner: 'p00001' })).map((x) => x.id)).toEqual([s.id]);
    expect(await listSynergies(db, ws)).toHaveLength(2);
    await deleteSynergy(db, ws, s.id, 2, 'bob');
    await expect(getSynergy(db, ws, s.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('saves, lists, reads and deletes scenarios', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const ws = workspace.id;
    const big = {
      ranking: Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, score: i / 100 })),
    };
    const a = await saveScenario(
      db,
      ws,
      {
        name: 'Rank A',
        kind: 'rank',
        criteriaVersion: 1,
        inputs: { method: 'topsis' },
        result: big,
      },
      'ann',
    );
    const b = await saveScenario(
      db,
      ws,
      {
        name: 'Sim',
        kind: 'simulate',
        criteriaVersion: null,
        inputs: { seed: 7 },
        result: { mean: 1 },
      },
      'ann',
    );
    expect(await getScenario(db, ws, a.id)).toEqual(a);
    const list = await listScenarios(db, ws);
    expect(list.total).toBe(2);
    expect(list.items.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(list.items[0]).not.toHaveProperty('result');
    expect((await listScenarios(db, ws, { kind: 'rank' })).items.map((s) => s.name)).toEqual([
      'Rank A',
    ]);
    await expect(
      saveScenario(
        db,
        ws,
        { name: '', kind: 'rank', criteriaVersion: null, inputs: {}, result: {} },
        null,
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      saveScenario(
        db,
        ws,
        { name: 'x', kind: 'guess' as 'rank', criteriaVersion: null, inputs: {}, result: {} },
        null,
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
    await deleteScenario(db, ws, a.id, 'ann');
    await expect(getScenario(db, ws, a.id)).rejects.toMatchObject({ code: 'not_found' });
    const [entry] = await listAudit(db, ws, { entity: 'scenario', entityId: a.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'scenario.delete', before: { name: 'Rank A' } });
    expect(entry?.before).not.toHaveProperty('result');
    expect(await verifyAuditChain(db, ws)).toMatchObject({ intact: true });
  });
});
