/**
 * What the Portfolio screen reads: the settings (with their version, for the PATCH) and
 * the workspace's exported spec, whose partners fill the selects and which the browser's
 * Monte Carlo runs on (the same document the server's engine validates).
 */
import { api, unwrap } from '../../api/client';
import { PARTNER_KINDS, type PartnerKind } from './constraint-values';
import { fetchSettings, type SettingsDocument } from './settings-document';

export type { SettingsDocument };

export interface PartnerChoice {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly offers: readonly string[];
}

export interface PortfolioData {
  readonly settings: SettingsDocument;
  readonly spec: unknown;
  readonly partners: readonly PartnerChoice[];
  /** Every offer some partner makes, sorted: the choices for coverage. */
  readonly offers: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The partners of an exported spec (anything unreadable is skipped). */
export function partnersOfSpec(spec: unknown): PartnerChoice[] {
  if (!isRecord(spec) || !Array.isArray(spec.partners)) return [];
  return spec.partners.flatMap((p): PartnerChoice[] => {
    if (!isRecord(p) || typeof p.id !== 'string') return [];
    const kind = PARTNER_KINDS.find((k) => k === p.kind) ?? 'other';
    const name = typeof p.name === 'string' && p.name !== '' ? p.name : p.id;
    return [{ id: p.id, name, kind, offers: strings(p.offers) }];
  });
}

export async function loadPortfolioData(slug: string): Promise<PortfolioData> {
  const [settings, spec] = await Promise.all([
    fetchSettings(slug),
    unwrap(
      api.GET('/api/workspaces/{slug}/spec', {
        params: { path: { slug }, query: { format: 'json' } },
      }),
    ),
  ]);
  const partners = partnersOfSpec(spec);
  const offers = [...new Set(partners.flatMap((p) => p.offers))].sort();
  return { settings, spec, partners, offers };
}
