import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEnglish } from '../messages/english.js';
import type { Constraints } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { isMessage, isMessageList, type Message } from '../util/message.js';
import { optimize } from './optimize.js';
import { five } from './test-support/fixtures.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

/** Constraints that hold whatever else is asked: the explanation must leave them out. */
const bystanders: Partial<Constraints> = {
  exclusive: [['p4', 'p5']],
  cover: ['compute'],
  groups: [{ members: ['p1', 'p2', 'p3', 'p4', 'p5'], max: 4 }],
};

function conflictsOf(constraints: Partial<Constraints>, resources: Record<string, number> = {}) {
  const { portfolio, scores } = five({
    constraints: { ...bystanders, ...constraints },
    resources: { budget: 100, ...resources },
  });
  const r = optimize(portfolio, solver, { scores });
  expect(r.status).toBe('infeasible');
  expect(r.selected).toEqual([]);
  expect(r.objective).toBeNull();
  return r.conflicts ?? [];
}

const paths = (conflicts: { constraint: string }[]) => conflicts.map((c) => c.constraint).sort();

describe('optimize: infeasibility explanations', () => {
  it('minPerKind.government 2 against maxPartners 1', () => {
    const c = conflictsOf({ minPerKind: { government: 2, academic: 1 }, maxPartners: 1 });
    expect(paths(c)).toEqual(['constraints.maxPartners', 'constraints.minPerKind.government']);
    const byPath = Object.fromEntries(c.map((x) => [x.constraint, x.message]));
    expect(byPath['constraints.minPerKind.government']).toBe(
      'at least 2 government partners are required (candidates: p3 and p5); ' +
        'this cannot hold together with constraints.maxPartners',
    );
    expect(byPath['constraints.maxPartners']).toBe(
      'at most 1 partner may be chosen; this cannot hold together with constraints.minPerKind.government',
    );
  });

  it('include against exclusive', () => {
    const c = conflictsOf({
      include: ['p3', 'p1', 'p2'],
      exclusive: [
        ['p2', 'p4'],
        ['p1', 'p2'],
      ],
    });
    expect(paths(c)).toEqual([
      'constraints.exclusive[1]',
      'constraints.include[1]',
      'constraints.include[2]',
    ]);
    expect(c.find((x) => x.constraint === 'constraints.exclusive[1]')?.message).toMatch(
      /^p1 and p2 may not both be chosen;/,
    );
  });

  it('a chain of prerequisites against an exclusion', () => {
    const c = conflictsOf({
      requires: [
        ['p3', 'p4'],
        ['p1', 'p2'],
        ['p2', 'p3'],
      ],
      include: ['p1'],
      exclude: ['p5', 'p3'],
    });
    expect(paths(c)).toEqual([
      'constraints.exclude[1]',
      'constraints.include[0]',
      'constraints.requires[1]',
      'constraints.requires[2]',
    ]);
  });

  it('a budget too small for the partners that must be included, quoting their uses', () => {
    const c = conflictsOf({ include: ['p1', 'p2'] }, { budget: 6 });
    expect(paths(c)).toEqual([
      'constraints.include[0]',
      'constraints.include[1]',
      'resources.budget',
    ]);
    expect(c.find((x) => x.constraint === 'resources.budget')?.message).toMatch(
      /^at most 6 budget may be used in total; p1 uses 4, p2 uses 3/,
    );
  });

  it('a capability nobody offers, on its own', () => {
    const c = conflictsOf({ cover: ['compute', 'quantum'] });
    expect(c).toEqual([
      {
        constraint: 'constraints.cover[1]',
        message:
          'at least one chosen partner must offer quantum, but no partner offers it: this alone cannot be met',
        because: {
          code: 'optimize.conflict.alone',
          params: { statement: { code: 'optimize.cover.none', params: { offer: 'quantum' } } },
        },
      },
    ]);
  });

  it('a score threshold against an inclusion', () => {
    const c = conflictsOf({ include: ['p2'], minScore: 0.4 });
    expect(paths(c)).toEqual(['constraints.include[0]', 'constraints.minScore']);
    expect(c.find((x) => x.constraint === 'constraints.minScore')?.message).toMatch(
      /at least 0\.4; p2 scores 0\.2/,
    );
  });

  it('a group floor against a resource, and a kind with too few partners', () => {
    expect(
      paths(conflictsOf({ groups: [{ members: ['p1', 'p2', 'p4'], min: 2 }] }, { budget: 5 })),
    ).toEqual(['constraints.groups[0]', 'resources.budget']);
    const c = conflictsOf({ minPerKind: { enterprise: 2 } });
    expect(c[0]?.message).toBe(
      'at least 2 enterprise partners are required, but the portfolio has only 1: p1: this alone cannot be met',
    );
  });

  it('an included id that is no partner, and include against exclude', () => {
    expect(conflictsOf({ include: ['p1', 'ghost'] })).toEqual([
      {
        constraint: 'constraints.include[1]',
        message: 'ghost must be chosen, but no partner has that id: this alone cannot be met',
        because: {
          code: 'optimize.conflict.alone',
          params: { statement: { code: 'optimize.include.unknown', params: { id: 'ghost' } } },
        },
      },
    ]);
    expect(paths(conflictsOf({ include: ['p4'], exclude: ['p4'] }))).toEqual([
      'constraints.exclude[0]',
      'constraints.include[0]',
    ]);
  });
});

describe('optimize: explanations as codes', () => {
  it('each conflict carries its code, and its message is that code in English', () => {
    const c = [
      ...conflictsOf({ minPerKind: { government: 2, academic: 1 }, maxPartners: 1 }),
      ...conflictsOf({ include: ['p1', 'p2'] }, { budget: 6 }),
      ...conflictsOf(
        { groups: [{ name: 'core', members: ['p1', 'p2', 'p4'], min: 2 }] },
        { budget: 5 },
      ),
      ...conflictsOf({ include: ['p2'], minScore: 0.4 }),
    ];
    expect(c.length).toBeGreaterThan(6);
    for (const x of c) expect(x.message).toBe(renderEnglish(x.because));
    const codes = (m: Message): string[] => [
      m.code,
      ...Object.values(m.params).flatMap((p) =>
        isMessage(p) ? codes(p) : isMessageList(p) ? p.list.flatMap(codes) : [],
      ),
    ];
    expect(new Set(c.flatMap((x) => codes(x.because)))).toEqual(
      new Set([
        'optimize.conflict.with',
        'optimize.kind.candidates',
        // The kind as a code of its own, for every language to name it.
        'partner.kind.government',
        'optimize.max_partners',
        'optimize.item',
        'optimize.include',
        'optimize.resource.uses',
        'optimize.resource.use',
        'optimize.group.named',
        'optimize.bound.at_least',
        'optimize.min_score.below',
        'optimize.min_score.score',
      ]),
    );
  });
});
