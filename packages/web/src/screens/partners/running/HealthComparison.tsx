/** The health check's two sides compared: each dimension's mean on our side and theirs, and the gap. */
import { Table, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { DimensionComparison } from './review-draft';

/** The gap from which the default rules suggest renegotiating. */
const WIDE_GAP = 1.5;

export function HealthComparison({ rows }: { readonly rows: readonly DimensionComparison[] }) {
  const { t, formatNumber } = useI18n();
  const score = (v: number | null) =>
    v === null ? '—' : formatNumber(v, { maximumFractionDigits: 2 });
  return (
    <Table<DimensionComparison>
      size="small"
      rowKey="dimension"
      pagination={false}
      data-testid="health-compare"
      aria-label={t('screen.partners.review.compare')}
      title={() => t('screen.partners.review.compare')}
      dataSource={rows as DimensionComparison[]}
      columns={[
        {
          key: 'd',
          title: t('screen.partners.review.dimension'),
          render: (_: unknown, r) => t(`screen.partners.review.dimension.${r.dimension}`),
        },
        {
          key: 'us',
          title: t('screen.partners.review.sideUs'),
          align: 'right',
          render: (_: unknown, r) => score(r.us),
        },
        {
          key: 'partner',
          title: t('screen.partners.review.sidePartner'),
          align: 'right',
          render: (_: unknown, r) => score(r.partner),
        },
        {
          key: 'gap',
          title: t('screen.partners.review.gap'),
          align: 'right',
          render: (_: unknown, r) => (
            <Typography.Text
              {...(r.gap !== null && r.gap >= WIDE_GAP ? { type: 'danger' as const } : {})}
            >
              {score(r.gap)}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
