/**
 * The risk form's values and the API's risk, both ways. The form checks nothing the
 * server checks (likelihood range, loss distribution, loadings, links): the server's
 * field errors are shown next to the fields, in the reader's language.
 */
import type { Risk, RiskCategory } from '../../components/risks/risk-view';
import { DISTRIBUTION_PARAMETERS } from '../../engine';

/** The impact's forms and their parameters, in the order the API writes them (core's table). */
export const IMPACT_FORMS = DISTRIBUTION_PARAMETERS;
export type ImpactForm = keyof typeof IMPACT_FORMS;
export const isImpactForm = (v: string): v is ImpactForm => Object.hasOwn(IMPACT_FORMS, v);

export interface FactorRow {
  readonly name?: string;
  readonly loading?: number | null;
}

export interface RiskValues {
  readonly id: string;
  readonly title?: string;
  readonly category: RiskCategory;
  readonly partners?: string[];
  readonly agreements?: string[];
  readonly likelihood?: number | null;
  readonly impactForm: ImpactForm;
  /** One entry per parameter of `impactForm`; null while empty. */
  readonly impact?: (number | null)[];
  readonly factors?: FactorRow[];
  readonly owner?: string;
  readonly mitigation?: string;
  /** `YYYY-MM-DD`, or empty. */
  readonly reviewDate?: string;
}

export type RiskBody = {
  id: string;
  title?: string;
  category: RiskCategory;
  partners: string[];
  agreements: string[];
  likelihood: number;
  impact: unknown;
  factors: Record<string, number>;
  owner?: string;
  mitigation?: string;
  reviewDate?: string;
};

export const EMPTY_VALUES: RiskValues = {
  id: '',
  category: 'coordination',
  partners: [],
  agreements: [],
  likelihood: null,
  impactForm: 'number',
  impact: [null],
  factors: [],
};

const text = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The body to send. An empty number is sent as NaN-free `null`, which the server refuses
 * with the field's path, so a missing likelihood or loss is named like any other error.
 */
export function toBody(values: RiskValues): RiskBody {
  const params = (values.impact ?? []).slice(0, IMPACT_FORMS[values.impactForm].length);
  const impact =
    values.impactForm === 'number' ? (params[0] ?? null) : { [values.impactForm]: params };
  const factors: Record<string, number> = {};
  for (const row of values.factors ?? []) {
    const name = row.name?.trim() ?? '';
    if (name !== '' && typeof row.loading === 'number') factors[name] = row.loading;
  }
  const title = text(values.title);
  const owner = text(values.owner);
  const mitigation = text(values.mitigation);
  const reviewDate = text(values.reviewDate);
  return {
    id: values.id.trim(),
    ...(title === undefined ? {} : { title }),
    category: values.category,
    partners: values.partners ?? [],
    agreements: values.agreements ?? [],
    likelihood: values.likelihood as number,
    impact,
    factors,
    ...(owner === undefined ? {} : { owner }),
    ...(mitigation === undefined ? {} : { mitigation }),
    ...(reviewDate === undefined ? {} : { reviewDate }),
  };
}

/** The form's values for a risk read from the API. */
export function toValues(risk: Risk): RiskValues {
  const impact = risk.impact;
  let impactForm: ImpactForm = 'number';
  let params: (number | null)[] = [typeof impact === 'number' ? impact : null];
  if (typeof impact === 'object' && impact !== null) {
    const [form, value] = Object.entries(impact)[0] ?? [];
    if (form !== undefined && isImpactForm(form) && Array.isArray(value)) {
      impactForm = form;
      params = value.map((v) => (typeof v === 'number' ? v : null));
    }
  }
  return {
    id: risk.id,
    ...(risk.title === undefined ? {} : { title: risk.title }),
    category: risk.category,
    partners: [...risk.partners],
    agreements: [...risk.agreements],
    likelihood: risk.likelihood,
    impactForm,
    impact: params,
    factors: Object.entries(risk.factors).map(([name, loading]) => ({ name, loading })),
    ...(risk.owner === undefined ? {} : { owner: risk.owner }),
    ...(risk.mitigation === undefined ? {} : { mitigation: risk.mitigation }),
    ...(risk.reviewDate === undefined ? {} : { reviewDate: risk.reviewDate }),
  };
}

/**
 * Where the form shows a server error: the field path as the form names it. An impact
 * error deep in the distribution (`impact.triangular[1]`) goes to the impact's field.
 */
export function formPathOf(path: string): string {
  if (path.startsWith('impact')) return 'impact';
  if (path.startsWith('factors')) return 'factors';
  const list = /^(partners|agreements)\[\d+\]$/.exec(path);
  return list?.[1] ?? path;
}
