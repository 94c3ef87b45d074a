import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import {
  checkObligationTransition,
  OBLIGATION_STATES,
  type Obligation,
  transitionObligation,
} from './obligations.js';

const ALLOWED = new Set([
  'open>kept',
  'open>broken',
  'open>waived',
  'open>disputed',
  'disputed>kept',
  'disputed>broken',
  'disputed>waived',
  'kept>disputed',
  'broken>disputed',
  'waived>disputed',
]);

const codes = (r: ReturnType<typeof checkObligationTransition>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);

describe('checkObligationTransition', () => {
  it('allows exactly the documented transitions (given evidence)', () => {
    for (const from of OBLIGATION_STATES) {
      for (const to of OBLIGATION_STATES) {
        const r = checkObligationTransition(from, to, { evidence: 'minutes of 3 March' });
        expect([`${from}>${to}`, r.ok]).toEqual([`${from}>${to}`, ALLOWED.has(`${from}>${to}`)]);
      }
    }
  });

  it('needs evidence for broken, waived, disputed and for settling a dispute', () => {
    expect(checkObligationTransition('open', 'kept').ok).toBe(true);
    expect(codes(checkObligationTransition('open', 'broken'))).toEqual([
      'evidence_required@evidence',
    ]);
    expect(codes(checkObligationTransition('open', 'waived', { evidence: '  ' }))).toEqual([
      'evidence_required@evidence',
    ]);
    expect(codes(checkObligationTransition('disputed', 'kept'))).toEqual([
      'evidence_required@evidence',
    ]);
    expect(codes(checkObligationTransition('kept', 'disputed'))).toEqual([
      'evidence_required@evidence',
    ]);
  });

  it('reports a forbidden move and missing evidence together, naming the way out', () => {
    const r = checkObligationTransition('kept', 'broken');
    expect(codes(r)).toEqual(['invalid_transition@state', 'evidence_required@evidence']);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('`disputed`');
  });
});

describe('transitionObligation', () => {
  const base: Obligation = {
    id: 'o1',
    title: 'Deliver the labelled data set',
    kind: 'milestone',
    owner: 'acme',
    dueDate: '2026-02-01',
    state: 'open',
  };

  it('stamps a final state with today and clears it when disputed', () => {
    const kept = transitionObligation(base, 'kept', { today: '2026-01-30' });
    expect(kept.ok && kept.value).toEqual({ ...base, state: 'kept', resolvedAt: '2026-01-30' });
    if (!kept.ok) return;
    const disputed = transitionObligation(kept.value, 'disputed', {
      today: '2026-02-10',
      evidence: 'half the labels are missing',
    });
    expect(disputed.ok && disputed.value).toEqual({
      ...base,
      state: 'disputed',
      evidence: 'half the labels are missing',
    });
  });

  it('refuses a bad date for today', () => {
    const r = transitionObligation(base, 'kept', { today: '2026-02-30' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid_date']);
  });
});
