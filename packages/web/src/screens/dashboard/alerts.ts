/**
 * The dashboard's alerts, derived from real data only: what stops the workspace from being
 * a valid portfolio, an infeasible optimisation (with the conflicting constraints), an AHP
 * matrix that is not consistent, partners whose expected net is negative, resources the
 * optimal portfolio uses to the last unit, and a chance of loss.
 */
import type { Message } from '../../engine';
import type { DashboardData, Invalid } from './load-dashboard';

export type DashboardAlert =
  | {
      readonly kind: 'invalid';
      readonly detail: string;
      readonly issues: Invalid['issues'];
    }
  | {
      readonly kind: 'infeasible';
      readonly conflicts: readonly {
        readonly constraint: string;
        readonly message: string;
        readonly because?: Message;
      }[];
    }
  | { readonly kind: 'time-limit'; readonly gap: number | null }
  | { readonly kind: 'ahp'; readonly cr: number }
  | {
      readonly kind: 'negative-net';
      readonly partners: readonly { readonly id: string; readonly net: number }[];
    }
  | { readonly kind: 'binding'; readonly resources: readonly string[] }
  | { readonly kind: 'loss'; readonly probability: number };

/** A resource counts as nearly used up from this share of its capacity. */
export const BINDING_SHARE = 0.95;

export function deriveAlerts(data: DashboardData): DashboardAlert[] {
  const alerts: DashboardAlert[] = [];
  if (data.invalid !== undefined) {
    alerts.push({ kind: 'invalid', detail: data.invalid.detail, issues: data.invalid.issues });
  }
  const engine = data.engine;
  if (engine === undefined) return alerts;
  const { optimize } = engine;
  if (optimize.status === 'infeasible') {
    alerts.push({ kind: 'infeasible', conflicts: optimize.conflicts ?? [] });
  } else if (optimize.status === 'time-limit') {
    alerts.push({ kind: 'time-limit', gap: optimize.gap });
  }
  if (engine.ahp !== undefined && !engine.ahp.consistent) {
    alerts.push({ kind: 'ahp', cr: engine.ahp.cr });
  }
  const negative = engine.evaluated.filter((p) => p.net < 0).sort((a, b) => a.net - b.net);
  if (negative.length > 0) alerts.push({ kind: 'negative-net', partners: negative });
  if (optimize.status === 'optimal') {
    const binding = Object.entries(optimize.resources)
      .filter(([, r]) => r.capacity > 0 && r.used >= r.capacity * BINDING_SHARE)
      .map(([name]) => name);
    if (binding.length > 0) alerts.push({ kind: 'binding', resources: binding });
  }
  const probLoss = engine.simulation?.summary.probLoss;
  if (probLoss !== undefined && probLoss > 0) alerts.push({ kind: 'loss', probability: probLoss });
  return alerts;
}
