import { readFileSync } from 'node:fs';
import { parseSpecText, type Spec, validateSpecDocument } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { verifyAuditChain } from './audit-verify.js';
import { getCurrentCriteria } from './criteria.js';
import { StoreError } from './errors.js';
import { listPartners } from './partner-list.js';
import { changePartnerStatus, createPartner, getPartner, updatePartner } from './partners.js';
import {
  exportWorkspaceSpec,
  loadWorkspacePortfolio,
  replaceWorkspaceFromSpec,
} from './spec-io.js';
import { createTestWorkspace } from './test-support/factories.js';
import { RICH_SPEC_YAML } from './test-support/rich-spec.js';

function parse(text: string): { spec: Spec; portfolio: ReturnType<typeof validateSpecDocument> } {
  const result = parseSpecText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { spec: result.value.spec, portfolio: result };
}

/** The spec with defaults the store makes explicit (a partner's name defaults to its id). */
const withNames = (spec: Spec): Spec => ({
  ...spec,
  partners: spec.partners.map((p) => ({ ...p, name: p.name ?? p.id })),
});

const METHODS_YAML = [
  'version: 1',
  'criteria:',
  '  - { id: tech, kind: benefit, weight: 2, preference: { type: linear, q: 1, p: 3 } }',
  '  - { id: risk, kind: cost, weight: 1, preference: { type: gaussian, s: 2 } }',
  'weighting: { method: smaa, order: [tech, risk], ranges: { risk: [0.1, 0.5] } }',
  'partners:',
  '  - { id: a, kind: academic, scores: { tech: 4, risk: 2 }, cost: 1, return: 2 }',
  '  - { id: b, kind: enterprise, scores: { tech: 3, risk: 1 }, cost: 1, return: 3 }',
  '',
].join('\n');

const demoYaml = readFileSync(new URL('../../../../examples/demo.yaml', import.meta.url), 'utf8');

describeEachDatabase('spec import and export', (get) => {
  for (const [name, text] of [
    ['a rich spec using every field', RICH_SPEC_YAML],
    ['examples/demo.yaml', demoYaml],
    ['an SMAA weighting with PROMETHEE preference functions', METHODS_YAML],
  ] as const) {
    it(`round-trips ${name} losslessly`, async () => {
      const { db } = get();
      const { workspace } = await createTestWorkspace(db);
      const original = parse(text);
      await replaceWorkspaceFromSpec(db, workspace.id, parse(text).spec, 'tester');
      const exported = await exportWorkspaceSpec(db, workspace.id);
      const again = validateSpecDocument(exported);
      if (!again.ok) throw new Error(JSON.stringify(again.issues));
      expect(again.value.spec).toEqual(withNames(original.spec));
      expect(original.portfolio.ok && again.value.portfolio).toEqual(
        original.portfolio.ok ? original.portfolio.value.portfolio : undefined,
      );
      // Exported through JSON too (the API's form) and back: still the same.
      const throughJson = validateSpecDocument(JSON.parse(JSON.stringify(exported)));
      expect(throughJson.ok && throughJson.value.spec).toEqual(again.value.spec);
      const loaded = await loadWorkspacePortfolio(db, workspace.id);
      expect(loaded.portfolio).toEqual(again.value.portfolio);
      expect(loaded.criteriaVersion).toBe((await getCurrentCriteria(db, workspace.id)).version);
    });
  }

  it('omits empty optional parts from the export', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const { spec } = parse(`
version: 1
criteria: [{ id: q, kind: benefit, weight: 1 }]
partners:
  - { id: a, kind: academic, scores: { q: 1 }, cost: 1, return: 2 }
`);
    await replaceWorkspaceFromSpec(db, workspace.id, spec, null);
    expect(await exportWorkspaceSpec(db, workspace.id)).toEqual({
      version: 1,
      organization: '',
      unit: '',
      netModel: 'net',
      criteria: [{ id: 'q', kind: 'benefit', weight: 1 }],
      normalization: 'vector',
      partners: [{ id: 'a', name: 'a', kind: 'academic', scores: { q: 1 }, cost: 1, return: 2 }],
      objective: 'net',
    });
  });

  it('keeps status, contacts and notes of partners still in the spec; drops the others', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const { spec } = parse(RICH_SPEC_YAML);
    await replaceWorkspaceFromSpec(db, workspace.id, spec, null);
    const a = await getPartner(db, workspace.id, 'univ-a');
    const edited = await updatePartner(
      db,
      workspace.id,
      'univ-a',
      { notes: 'keep me', contacts: [{ name: 'Dr A' }] },
      a.version,
      null,
    );
    await changePartnerStatus(db, workspace.id, 'univ-a', 'negotiating', edited.version, null);
    const criteriaBefore = await getCurrentCriteria(db, workspace.id);
    const smaller = {
      ...spec,
      partners: spec.partners.filter((p) => p.id !== 'other-y'),
      constraints: { ...spec.constraints, exclude: [], groups: [] },
    };
    const summary = await replaceWorkspaceFromSpec(db, workspace.id, smaller, null);
    expect(summary.partners).toEqual({ created: 0, updated: 4, deleted: 1 });
    expect(summary.criteriaChanged).toBe(false);
    expect((await getCurrentCriteria(db, workspace.id)).version).toBe(criteriaBefore.version);
    const after = await getPartner(db, workspace.id, 'univ-a');
    expect(after).toMatchObject({
      status: 'negotiating',
      notes: 'keep me',
      contacts: [{ name: 'Dr A' }],
    });
    expect(after.version).toBeGreaterThan(a.version);
    expect((await listPartners(db, workspace.id)).total).toBe(4);
    expect(await verifyAuditChain(db, workspace.id)).toMatchObject({ intact: true });
  });

  it('writes a new criteria version only when the criteria change', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const { spec } = parse(RICH_SPEC_YAML);
    const first = await replaceWorkspaceFromSpec(db, workspace.id, spec, null);
    const again = await replaceWorkspaceFromSpec(db, workspace.id, spec, null);
    expect(again.criteriaVersion).toBe(first.criteriaVersion);
    const changed = await replaceWorkspaceFromSpec(
      db,
      workspace.id,
      { ...spec, normalization: 'vector' },
      null,
    );
    expect(changed).toMatchObject({
      criteriaChanged: true,
      criteriaVersion: first.criteriaVersion + 1,
    });
  });

  it('is all or nothing', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 3 });
    const before = await exportWorkspaceSpec(db, workspace.id);
    const { spec } = parse(RICH_SPEC_YAML);
    // A synergy naming a partner that is not in the spec fails inside the transaction.
    const broken = {
      ...spec,
      synergies: [
        {
          between: ['univ-a', 'ghost'] as [string, string],
          value: spec.synergies[0]?.value ?? { kind: 'fixed' as const, value: 1 },
        },
      ],
    };
    await expect(replaceWorkspaceFromSpec(db, workspace.id, broken, null)).rejects.toThrow();
    expect(await exportWorkspaceSpec(db, workspace.id)).toEqual(before);
  });

  it('refuses to load a workspace that does not make a valid spec, naming the path', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 2 });
    await createPartner(
      db,
      workspace.id,
      { id: 'new-one', kind: 'other', scores: { c1: 1, c2: 2, c3: 3 } },
      null,
    );
    const error = await loadWorkspacePortfolio(db, workspace.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const issues = (error as StoreError).details.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['partners.2.cost', 'partners.2.return']),
    );
  });
});

describe('withNames', () => {
  it('only fills missing names', () => {
    const { spec } = parse(RICH_SPEC_YAML);
    expect(withNames(spec).partners.map((p) => p.name)).toEqual([
      'University A',
      'corp-b',
      'Agency C',
      'Corporation X',
      '其他 Y',
    ]);
  });
});
