/** The words for a risk's kind, and its expected loss as a number, in the active language. */
import { RISK_CATEGORIES } from '../../engine';
import type { Translator } from '../../i18n/translator';
import type { RiskCategory } from './risk-view';

export const RISK_KINDS: readonly RiskCategory[] = RISK_CATEGORIES;

export const riskKindLabel = (t: Translator['t'], kind: RiskCategory): string =>
  t(`screen.risks.kind.${kind}`);

/** An expected loss in the portfolio's unit. */
export const formatLoss = (formatNumber: Translator['formatNumber'], value: number): string =>
  formatNumber(value, { maximumFractionDigits: 2 });
