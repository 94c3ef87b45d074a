import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { upsertAssessment } from './assessments.js';
import { StoreError } from './errors.js';
import { listPartners } from './partner-list.js';
import { changePartnerStatus, createPartner, getPartner } from './partners.js';
import { createTestWorkspace } from './test-support/factories.js';

describeEachDatabase('partner list', (get) => {
  let ws = '';
  it('sets up 40 partners', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 40, assessors: 2 });
    ws = workspace.id;
    await createPartner(
      db,
      ws,
      {
        id: 'univ_100%',
        name: 'Université Zürich',
        kind: 'academic',
        domains: ['edu'],
        offers: ['data'],
      },
      null,
    );
    const p = await getPartner(db, ws, 'p00003');
    await changePartnerStatus(db, ws, 'p00003', 'negotiating', p.version, null);
  });

  it('paginates with a stable order and a total', async () => {
    const { db } = get();
    const first = await listPartners(db, ws, { limit: 10, sort: 'id' });
    const second = await listPartners(db, ws, { limit: 10, offset: 10, sort: 'id' });
    expect(first.total).toBe(41);
    expect(first.items.map((p) => p.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `p${String(i + 1).padStart(5, '0')}`),
    );
    expect(second.items[0]?.id).toBe('p00011');
    const last = await listPartners(db, ws, { limit: 10, offset: 40, sort: 'id' });
    expect(last.items.map((p) => p.id)).toEqual(['univ_100%']);
    const desc = await listPartners(db, ws, { limit: 2, sort: '-id' });
    expect(desc.items.map((p) => p.id)).toEqual(['univ_100%', 'p00040']);
  });

  it('sorts by name, status, kind and update time', async () => {
    const { db } = get();
    const byName = await listPartners(db, ws, { limit: 500, sort: 'name' });
    const names = byName.items.map((p) => p.name);
    expect(names[0]).toBe('Partner 1');
    expect(names[1]).toBe('Partner 10');
    expect((await listPartners(db, ws, { limit: 1, sort: '-name' })).items[0]?.name).toBe(
      'Université Zürich',
    );
    const byStatus = await listPartners(db, ws, { limit: 500, sort: '-status' });
    expect(byStatus.items[0]?.status).toBe('negotiating');
    const byKind = await listPartners(db, ws, { limit: 500, sort: 'kind' });
    expect(byKind.items[0]?.kind).toBe('academic');
    expect(byKind.items.at(-1)?.kind).toBe('other');
    const recent = await listPartners(db, ws, { limit: 1, sort: '-updatedAt' });
    expect(recent.items[0]?.id).toBe('p00003');
  });

  it('filters by text (id or name, case-insensitive, % and _ literal), kind, status, domain and offer', async () => {
    const { db } = get();
    expect((await listPartners(db, ws, { q: 'PARTNER 1' })).total).toBe(11); // 1, 10..19
    expect((await listPartners(db, ws, { q: 'p0000' })).total).toBe(9);
    expect((await listPartners(db, ws, { q: '100%' })).items.map((p) => p.id)).toEqual([
      'univ_100%',
    ]);
    expect((await listPartners(db, ws, { q: '_1' })).items.map((p) => p.id)).toEqual(['univ_100%']);
    expect((await listPartners(db, ws, { q: 'zürich' })).total).toBe(1);
    const academic = await listPartners(db, ws, { kind: ['academic'], limit: 500 });
    expect(academic.total).toBe(11);
    expect(academic.items.every((p) => p.kind === 'academic')).toBe(true);
    expect((await listPartners(db, ws, { kind: ['academic', 'government'] })).total).toBe(21);
    expect(
      (await listPartners(db, ws, { status: ['negotiating'] })).items.map((p) => p.id),
    ).toEqual(['p00003']);
    expect((await listPartners(db, ws, { status: ['candidate', 'negotiating'] })).total).toBe(41);
    const medical = await listPartners(db, ws, { domain: 'medical', limit: 500 });
    expect(medical.total).toBe(8);
    expect(medical.items.every((p) => p.domains.includes('medical'))).toBe(true);
    // Exact element match, not a substring: 'edu' is not 'education'.
    expect((await listPartners(db, ws, { domain: 'edu' })).items.map((p) => p.id)).toEqual([
      'univ_100%',
    ]);
    const odd = 'R&D "lab" 50%_\\x';
    await createPartner(db, ws, { id: 'odd', kind: 'other', domains: [odd, 'Medical'] }, null);
    expect((await listPartners(db, ws, { domain: odd })).items.map((p) => p.id)).toEqual(['odd']);
    expect((await listPartners(db, ws, { domain: 'R&D "lab" 50%' })).total).toBe(0);
    expect((await listPartners(db, ws, { domain: 'medical' })).total).toBe(8);
    const data = await listPartners(db, ws, { offer: 'data', kind: ['academic'], limit: 500 });
    expect(data.items.every((p) => p.offers.includes('data') && p.kind === 'academic')).toBe(true);
    expect(data.total).toBeGreaterThan(0);
  });

  it('shows combined scores (mean over assessors) and estimates', async () => {
    const { db } = get();
    await upsertAssessment(db, ws, 'univ_100%', 'c1', 'ann', 4, null);
    await upsertAssessment(db, ws, 'univ_100%', 'c1', 'bob', 7, null);
    const [p] = (await listPartners(db, ws, { q: 'univ' })).items;
    expect(p?.scores).toEqual({ c1: 5.5 });
    expect(p?.cost).toBeNull();
    const [q] = (await listPartners(db, ws, { q: 'p00002' })).items;
    expect(Object.keys(q?.scores ?? {})).toEqual(['c1', 'c2', 'c3']);
    expect(q?.cost).not.toBeNull();
  });

  it('rejects a bad limit, offset or sort', async () => {
    const { db } = get();
    for (const query of [
      { limit: 0 },
      { limit: 501 },
      { offset: -1 },
      { sort: 'size' as 'name' },
    ]) {
      await expect(listPartners(db, ws, query)).rejects.toBeInstanceOf(StoreError);
    }
  });
});
