/**
 * The solver's status: a coloured dot and the word (the text keeps the theme's contrast;
 * the colour is never the only sign): optimal, infeasible, or stopped at the time limit.
 */
import { Badge } from 'antd';
import type { OptimizeDocument } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

const STATUS = { optimal: 'success', infeasible: 'error', 'time-limit': 'warning' } as const;

export function StatusTag({ status }: { readonly status: OptimizeDocument['status'] }) {
  const { t } = useI18n();
  return <Badge status={STATUS[status]} text={t(`screen.portfolio.status.${status}`)} />;
}
