/**
 * Do the methods agree? All four rankings at the current weights (computed here with the
 * engine's `rankMatrixBy`), their rank correlations pair by pair (Spearman's ρ, Kendall's
 * τ_b, weighted Spearman r_w) and the partners they rank most differently.
 */
import { Card, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { type AnyRankMethod, methodAgreement, rankMatrixBy } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import type { RankingModel } from './ranking-model';

const METHODS: readonly AnyRankMethod[] = ['weighted-sum', 'topsis', 'promethee', 'vikor'];

export function AgreementCard({
  model,
  weights,
}: {
  readonly model: RankingModel;
  readonly weights: readonly number[];
}) {
  const { t, formatNumber } = useI18n();
  const agreement = useMemo(() => {
    const { values, m, n, kinds } = model.matrix;
    const rankings: Record<string, number[]> = {};
    for (const method of METHODS) {
      const r = rankMatrixBy(values, m, n, kinds, weights, {
        method,
        normalization: model.portfolio.normalization,
        preferences: model.portfolio.criteria.map((c) => c.preference),
      });
      rankings[method] = Array.from(r.ranks);
    }
    return methodAgreement(model.matrix.ids, rankings, 5);
  }, [model, weights]);
  const methodName = (m: string) => t(`screen.ranking.method.${m as AnyRankMethod}`);
  const number = (x: number) => formatNumber(x, { maximumFractionDigits: 3 });
  const nameOf = (id: string) => model.names[model.matrix.ids.indexOf(id)] ?? id;
  return (
    <Card
      style={{ flex: '1 1 100%', minWidth: 0 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.ranking.agreementTitle')}</h2>}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.ranking.agreementHint')}
        </Typography.Paragraph>
        <Table
          data-testid="agreement-table"
          size="small"
          pagination={false}
          rowKey={(r) => r.methods.join('|')}
          dataSource={agreement.pairs}
          columns={[
            {
              title: t('screen.ranking.agreementPair'),
              render: (_, r) => `${methodName(r.methods[0])} · ${methodName(r.methods[1])}`,
            },
            { title: 'Spearman ρ', align: 'right', render: (_, r) => number(r.spearman) },
            { title: 'Kendall τ', align: 'right', render: (_, r) => number(r.kendall) },
            {
              title: t('screen.ranking.agreementWeighted'),
              align: 'right',
              render: (_, r) => number(r.weightedSpearman),
            },
          ]}
        />
        {agreement.disagreements.length === 0 ? (
          <Typography.Text>{t('screen.ranking.agreementSame')}</Typography.Text>
        ) : (
          <Table
            data-testid="disagreement-table"
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={agreement.disagreements}
            columns={[
              { title: t('screen.ranking.colName'), render: (_, r) => nameOf(r.id) },
              ...METHODS.map((m) => ({
                title: methodName(m),
                align: 'right' as const,
                render: (_: unknown, r: (typeof agreement.disagreements)[number]) =>
                  String(r.ranks[m] ?? ''),
              })),
              {
                title: t('screen.ranking.agreementSpread'),
                align: 'right' as const,
                render: (_: unknown, r: (typeof agreement.disagreements)[number]) =>
                  String(r.spread),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
