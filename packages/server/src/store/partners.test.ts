import { EXIT_STEPS } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import type { PartnerStatus } from '../db/schema.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { listAudit } from './audit.js';
import { StoreError } from './errors.js';
import { startExitPlan, updateExitStep } from './exit-plans.js';
import type { Partner } from './partner-present.js';
import { allowedTransitions, PARTNER_STATUSES } from './partner-status.js';
import {
  changePartnerStatus,
  createPartner,
  deletePartner,
  getPartner,
  updatePartner,
} from './partners.js';
import { createSynergy, listSynergies } from './synergies.js';
import { createTestWorkspace } from './test-support/factories.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a StoreError');
    },
    (error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      return error;
    },
  );

describeEachDatabase('partners', (get) => {
  it('creates, reads, updates and deletes a partner, presenting plain objects', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const created = await createPartner(
      db,
      workspace.id,
      {
        id: 'univ-z',
        name: 'University Z',
        kind: 'academic',
        domains: ['medical'],
        offers: ['talent'],
        contacts: [{ name: 'Dr Z', email: 'z@example.org' }],
        uses: { budget: 5 },
        alpha: 0.5,
        cost: { triangular: [1, 2, 3] },
        return: 4,
        scores: { c1: 7, c2: 8 },
        notes: 'met at a conference',
      },
      'alice',
    );
    expect(created).toMatchObject({
      id: 'univ-z',
      name: 'University Z',
      kind: 'academic',
      status: 'candidate',
      domains: ['medical'],
      contacts: [{ name: 'Dr Z', email: 'z@example.org' }],
      uses: { budget: 5 },
      alpha: 0.5,
      cost: { triangular: [1, 2, 3] },
      return: 4,
      scores: { c1: 7, c2: 8 },
      version: 1,
    });
    expect(created).not.toHaveProperty('beta');
    expect(await getPartner(db, workspace.id, 'univ-z')).toEqual(created);

    const updated = await updatePartner(
      db,
      workspace.id,
      'univ-z',
      { name: 'Univ. Z', alpha: null, cost: { pert: [1, 2, 4] } },
      1,
      'bob',
    );
    expect(updated).toMatchObject({
      name: 'Univ. Z',
      cost: { pert: [1, 2, 4] },
      return: 4,
      version: 2,
    });
    expect(updated).not.toHaveProperty('alpha');

    await deletePartner(db, workspace.id, 'univ-z', 2, 'bob');
    expect((await rejection(getPartner(db, workspace.id, 'univ-z'))).code).toBe('not_found');
    const trail = await listAudit(db, workspace.id, {
      entity: 'partner',
      entityId: 'univ-z',
      limit: 10,
    });
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['partner.delete', 'bob'],
      ['partner.update', 'bob'],
      ['partner.create', 'alice'],
    ]);
    expect(trail[1]?.before).toMatchObject({ name: 'University Z', version: 1 });
    expect(trail[1]?.after).toMatchObject({ name: 'Univ. Z', version: 2 });
  });

  it('refuses a duplicate id, a bad kind, a bad distribution and unknown criteria, with paths', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const dup = await rejection(
      createPartner(db, workspace.id, { id: 'p00001', kind: 'other' }, null),
    );
    expect(dup.code).toBe('duplicate');
    const kind = await rejection(
      createPartner(db, workspace.id, { id: 'k', kind: 'company' as 'other' }, null),
    );
    expect(kind.code).toBe('invalid');
    expect(kind.details.issues?.[0]?.path).toEqual(['kind']);
    const dist = await rejection(
      createPartner(
        db,
        workspace.id,
        { id: 'd', kind: 'other', cost: { triangular: [3, 2, 1] } },
        null,
      ),
    );
    expect(dist.details.issues?.[0]).toMatchObject({
      code: 'out_of_order',
      path: ['cost', 'triangular'],
    });
    const crit = await rejection(
      createPartner(db, workspace.id, { id: 'c', kind: 'other', scores: { nope: 1 } }, null),
    );
    expect(crit.details.issues?.[0]).toMatchObject({
      code: 'unknown_criterion',
      path: ['scores', 'nope'],
    });
    const res = await rejection(
      createPartner(db, workspace.id, { id: 'r', kind: 'other', uses: { gpus: 1 } }, null),
    );
    expect(res.details.issues?.[0]).toMatchObject({
      code: 'unknown_resource',
      path: ['uses', 'gpus'],
    });
  });

  it('never overwrites a concurrent edit: the second write with the same version gets the current record', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const p = await getPartner(db, workspace.id, 'p00001');
    const [first, second] = await Promise.allSettled([
      updatePartner(db, workspace.id, 'p00001', { notes: 'first' }, p.version, 'a'),
      updatePartner(db, workspace.id, 'p00001', { notes: 'second' }, p.version, 'b'),
    ]);
    const results = [first, second];
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0]?.status === 'rejected' ? (lost[0].reason as StoreError) : undefined;
    expect(error?.code).toBe('conflict');
    const winner = won[0]?.status === 'fulfilled' ? won[0].value : undefined;
    expect(error?.details.current).toEqual(winner);
    expect((await getPartner(db, workspace.id, 'p00001')).version).toBe(p.version + 1);
  });

  it('refuses stale deletes and status changes', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const p = await getPartner(db, workspace.id, 'p00001');
    await updatePartner(db, workspace.id, 'p00001', { notes: 'x' }, p.version, null);
    expect((await rejection(deletePartner(db, workspace.id, 'p00001', p.version, null))).code).toBe(
      'conflict',
    );
    expect(
      (
        await rejection(
          changePartnerStatus(db, workspace.id, 'p00001', 'negotiating', p.version, null),
        )
      ).code,
    ).toBe('conflict');
  });

  it('deletes a partner with its synergies, auditing each', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 3 });
    const s = await createSynergy(
      db,
      workspace.id,
      { between: ['p00001', 'p00002'], value: 1 },
      null,
    );
    await createSynergy(
      db,
      workspace.id,
      { between: ['p00002', 'p00003'], value: { uniform: [0, 1] } },
      null,
    );
    const p = await getPartner(db, workspace.id, 'p00001');
    await deletePartner(db, workspace.id, 'p00001', p.version, null);
    expect((await listSynergies(db, workspace.id)).map((x) => x.between)).toEqual([
      ['p00002', 'p00003'],
    ]);
    const trail = await listAudit(db, workspace.id, {
      entity: 'synergy',
      entityId: s.id,
      limit: 5,
    });
    expect(trail.map((e) => e.action)).toEqual(['synergy.delete', 'synergy.create']);
  });

  describe('lifecycle', () => {
    let lastWorkspaceId = '';
    const walk = async (statuses: PartnerStatus[]): Promise<Partner> => {
      const { db } = get();
      const { workspace } = await createTestWorkspace(db, { partners: 1 });
      lastWorkspaceId = workspace.id;
      let p = await getPartner(db, workspace.id, 'p00001');
      for (const to of statuses)
        p = await changePartnerStatus(db, workspace.id, 'p00001', to, p.version, 'lead');
      return p;
    };

    it('follows candidate → negotiating → active → under-review → exiting, and exited once the exit plan is complete', async () => {
      const { db } = get();
      const p = await walk(['negotiating', 'active', 'under-review', 'exiting']);
      expect(p.status).toBe('exiting');
      expect(p.version).toBe(5);
      const workspaceId = lastWorkspaceId;
      let plan = await startExitPlan(db, workspaceId, 'p00001', { owner: 'lead' }, null);
      for (const step of EXIT_STEPS)
        plan = await updateExitStep(
          db,
          workspaceId,
          'p00001',
          step,
          { done: true, evidence: `${step} ok` },
          plan.version,
          null,
        );
      const exited = await changePartnerStatus(
        db,
        workspaceId,
        'p00001',
        'exited',
        p.version,
        'lead',
      );
      expect(exited.status).toBe('exited');
      expect(exited.version).toBe(6);
    });

    it('allows rejection, falling back to candidate, and a review ending active', async () => {
      expect((await walk(['rejected'])).status).toBe('rejected');
      expect((await walk(['negotiating', 'rejected'])).status).toBe('rejected');
      expect((await walk(['negotiating', 'candidate'])).status).toBe('candidate');
      expect((await walk(['negotiating', 'active', 'under-review', 'active'])).status).toBe(
        'active',
      );
    });

    it('refuses every other move with the allowed list', async () => {
      const { db } = get();
      const { workspace } = await createTestWorkspace(db, { partners: 1 });
      const p = await getPartner(db, workspace.id, 'p00001');
      const error = await rejection(
        changePartnerStatus(db, workspace.id, 'p00001', 'active', p.version, null),
      );
      expect(error.code).toBe('invalid_transition');
      expect(error.details.allowed).toEqual(['negotiating', 'rejected']);
      expect((await getPartner(db, workspace.id, 'p00001')).status).toBe('candidate');
      const refused: string[] = [];
      for (const from of PARTNER_STATUSES) {
        for (const to of PARTNER_STATUSES)
          if (!allowedTransitions(from).includes(to)) refused.push(`${from}>${to}`);
      }
      // 7 × 7 pairs, 9 allowed moves.
      expect(refused).toHaveLength(40);
      await expect(walk(['negotiating', 'active', 'exited'])).rejects.toMatchObject({
        code: 'invalid_transition',
      });
      await expect(walk(['rejected', 'candidate'])).rejects.toMatchObject({
        code: 'invalid_transition',
        details: { allowed: [] },
      });
    });

    it('refuses exited without a complete exit plan, naming what is open', async () => {
      await expect(
        walk(['negotiating', 'active', 'under-review', 'exiting', 'exited']),
      ).rejects.toMatchObject({
        code: 'invalid_transition',
        details: { allowed: ['exited'], issues: [{ code: 'exit_plan_missing' }] },
      });
      const { db } = get();
      const p = await walk(['negotiating', 'active', 'under-review', 'exiting']);
      const workspaceId = lastWorkspaceId;
      const plan = await startExitPlan(db, workspaceId, 'p00001', { owner: 'lead' }, null);
      await updateExitStep(
        db,
        workspaceId,
        'p00001',
        'notice-sent',
        { done: true, evidence: 'letter 7' },
        plan.version,
        null,
      );
      const error = await rejection(
        changePartnerStatus(db, workspaceId, 'p00001', 'exited', p.version, null),
      );
      expect(error.code).toBe('invalid_transition');
      expect(error.details.issues?.[0]?.code).toBe('exit_plan_incomplete');
      expect(error.message).toContain(
        'ip-settled, data-returned-or-deleted, final-settlement, announcement',
      );
      expect(error.message).not.toContain('notice-sent');
    });
  });
});
