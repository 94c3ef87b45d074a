/**
 * The review settings as a form (per-partner cadences as a list of rows) and back as the
 * PUT body (a map keyed by partner; empty rows and conditions left out).
 */
import type { ReviewRule, ReviewSettings } from '../../api/types';

export type Cadence = ReviewSettings['cadence'];
export type Condition = ReviewRule['when'][number];

export const METRICS: readonly Condition['metric'][] = [
  'netVsPlan',
  'net',
  'returnVsPlan',
  'costVsPlan',
  'trust',
  'health',
  'healthGap',
];
export const OPERATORS: readonly Condition['op'][] = ['<', '<=', '>', '>=', '=='];

export interface ConditionValues {
  readonly metric?: Condition['metric'];
  readonly op?: Condition['op'];
  readonly value?: number | null;
  readonly periods?: number | null;
}

export interface RuleValues {
  readonly id?: string;
  readonly description?: string;
  readonly suggest?: ReviewRule['suggest'];
  readonly when?: readonly ConditionValues[];
}

export interface SettingsValues {
  readonly cadence: { readonly every?: number | null; readonly unit?: Cadence['unit'] };
  readonly overrides: readonly {
    readonly partner?: string;
    readonly every?: number | null;
    readonly unit?: Cadence['unit'];
  }[];
  readonly rules: readonly RuleValues[];
}

export const toValues = (settings: ReviewSettings): SettingsValues => ({
  cadence: { ...settings.cadence },
  overrides: Object.entries(settings.overrides).map(([partner, c]) => ({ partner, ...c })),
  rules: settings.rules.map((r) => ({ ...r, when: r.when.map((c) => ({ ...c })) })),
});

const whole = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined);

export function toBody(values: SettingsValues) {
  return {
    cadence: { every: whole(values.cadence.every) ?? 12, unit: values.cadence.unit ?? 'months' },
    overrides: Object.fromEntries(
      values.overrides.flatMap((o) =>
        o.partner === undefined || whole(o.every) === undefined
          ? []
          : [[o.partner, { every: whole(o.every) ?? 1, unit: o.unit ?? 'months' }] as const],
      ),
    ),
    rules: values.rules.map((r) => ({
      id: r.id?.trim() ?? '',
      description: r.description?.trim() ?? '',
      suggest: r.suggest ?? 'adjust',
      when: (r.when ?? [])
        .filter((c) => c.metric !== undefined)
        .map((c): Condition => {
          const periods = whole(c.periods);
          return {
            metric: c.metric as Condition['metric'],
            op: c.op ?? '<',
            value: whole(c.value) ?? 0,
            ...(periods !== undefined && periods !== 1 ? { periods } : {}),
          };
        }),
    })),
  };
}
