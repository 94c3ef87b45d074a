/**
 * Outcome series for the demo workspace: examples/outcomes/revenue-by-line.csv (18 product
 * lines × 24 months, a planted +40 k€ a month on the two medical lines once the hospital
 * partnership starts; docs/attribution.md). Its months are moved so that the first treated
 * month is the month the demo's imaging agreement starts (January of last year), and the
 * medical lines are linked to that agreement: the Evidence screen has a real effect to find.
 */
import { parseOutcomesCsv, parsePanelCsv } from '@partnerfolio/core/causal';
import type { Db } from './db/connect.js';
import { upsertOutcomes } from './store/outcomes.js';

export const DEMO_OUTCOME_COLUMNS = {
  unit: 'line',
  time: 'month',
  outcome: 'revenue_k_eur',
  treated: 'hospital_partnership',
} as const;

/** `2025-01` moved by `months` (may be negative). */
export function shiftMonth(period: string, months: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export async function seedDemoOutcomes(
  db: Db,
  workspaceId: string,
  actor: string,
  file: { readonly text: string; readonly name: string },
  agreement: { readonly code: string; readonly start: string },
): Promise<void> {
  const panel = parsePanelCsv(file.text, DEMO_OUTCOME_COLUMNS, { file: file.name });
  const parsed = parseOutcomesCsv(file.text, {
    unit: DEMO_OUTCOME_COLUMNS.unit,
    time: DEMO_OUTCOME_COLUMNS.time,
    outcomes: [DEMO_OUTCOME_COLUMNS.outcome],
    treated: DEMO_OUTCOME_COLUMNS.treated,
  });
  if (!panel.ok || !parsed.ok) {
    const issue =
      (panel.ok ? undefined : panel.issues[0]) ?? (parsed.ok ? undefined : parsed.issues[0]);
    throw new Error(`the demo outcomes ${file.name} are invalid: ${issue?.message}`);
  }
  const firstTreated = panel.value.periods[panel.value.t0] as string;
  const months = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
  const shift = months(agreement.start.slice(0, 7)) - months(firstTreated);
  const treated = new Set(parsed.value.treatedUnits);
  await upsertOutcomes(
    db,
    workspaceId,
    {
      points: parsed.value.points.map((p) => ({ ...p, period: shiftMonth(p.period, shift) })),
      units: parsed.value.units.map((unit) => ({
        unit,
        kind: 'line',
        agreement: treated.has(unit) ? agreement.code : null,
      })),
    },
    actor,
  );
}
