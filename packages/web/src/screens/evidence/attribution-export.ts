/**
 * The attribution result as files: the document itself (JSON, as the CLI's `--json`), and
 * a CSV with one row per period (treated, counterfactual, effect, event-study coefficient
 * and its standard error, and the period's time weight).
 */
import type { AttributionDocument } from '../../api/types';

export function attributionJson(doc: AttributionDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const cell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function attributionCsv(doc: AttributionDocument): string {
  const effects = new Map(doc.effects.map((e) => [e.period, e.effect]));
  const study = new Map(doc.eventStudy.map((p) => [p.period, p]));
  const rows = [
    [
      'period',
      'treated',
      'counterfactual',
      'effect',
      'event_study',
      'event_study_se',
      'time_weight',
    ],
  ];
  doc.series.periods.forEach((period, i) => {
    const point = study.get(period);
    rows.push(
      [
        period,
        doc.series.treated[i],
        doc.series.counterfactual[i],
        effects.get(period),
        point?.coefficient,
        point?.se,
        doc.timeWeights[period],
      ].map(cell),
    );
  });
  return `${rows.map((r) => r.join(',')).join('\n')}\n`;
}

/** Offers `text` as a download named `name`. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
