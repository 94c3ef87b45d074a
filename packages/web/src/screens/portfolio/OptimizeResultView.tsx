/** An optimisation's answer: status, S with its unit, gap, the selection, resource use and regret. */
import { Col, Flex, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { OptimizeDocument } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ConflictList } from './ConflictList';
import { RegretTable } from './RegretTable';
import { StatusTag } from './StatusTag';
import type { PartnerChoice } from './workspace-data';

export interface OptimizeResultViewProps {
  readonly result: OptimizeDocument;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly unit: string;
  readonly objective: 'net' | 'score';
}

export function OptimizeResultView({ result, partners, unit, objective }: OptimizeResultViewProps) {
  const { t, formatNumber, formatPercent } = useI18n();
  const resources = Object.entries(result.resources);
  const selected = result.selected.map(
    (id) => partners.get(id) ?? { id, name: id, kind: 'other' as const, offers: [] },
  );
  return (
    <Flex vertical gap={16} data-testid="optimize-result">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('screen.portfolio.result.status')}
            valueRender={() => <StatusTag status={result.status} />}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={
              objective === 'net'
                ? unit === ''
                  ? t('screen.portfolio.result.S')
                  : t('screen.portfolio.result.SWithUnit', { unit })
                : t('screen.portfolio.result.scoreSum')
            }
            value={
              result.objective === null
                ? '—'
                : formatNumber(result.objective, { maximumFractionDigits: 2 })
            }
            valueStyle={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="optimize-objective"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('screen.portfolio.result.gap')}
            value={result.gap === null ? '—' : formatPercent(result.gap, 2)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('screen.portfolio.result.selectedCount')}
            value={t('screen.portfolio.result.countOf', {
              count: result.selected.length,
              total: partners.size,
            })}
          />
        </Col>
      </Row>
      {result.status === 'infeasible' ? <ConflictList conflicts={result.conflicts ?? []} /> : null}
      {selected.length === 0 ? null : (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={12}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t('screen.portfolio.result.selected')}
            </Typography.Title>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={selected}
              aria-label={t('screen.portfolio.result.selected')}
              columns={[
                { title: t('screen.portfolio.column.partner'), dataIndex: 'name', key: 'name' },
                {
                  title: t('screen.portfolio.column.kind'),
                  key: 'kind',
                  render: (_, p) => <Tag>{t(`screen.portfolio.kind.${p.kind}`)}</Tag>,
                },
              ]}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t('screen.portfolio.result.resources')}
            </Typography.Title>
            {resources.length === 0 ? (
              <Typography.Text type="secondary">
                {t('screen.portfolio.result.noResources')}
              </Typography.Text>
            ) : (
              <Flex vertical gap={8}>
                {resources.map(([name, { used, capacity }]) => {
                  const share = capacity > 0 ? used / capacity : used > 0 ? 1 : 0;
                  const label = t('screen.portfolio.result.resourceUse', {
                    name,
                    used: formatNumber(used, { maximumFractionDigits: 2 }),
                    capacity: formatNumber(capacity, { maximumFractionDigits: 2 }),
                  });
                  return (
                    <div key={name}>
                      <Typography.Text>{label}</Typography.Text>
                      <Progress
                        percent={Math.min(100, Math.round(share * 1000) / 10)}
                        aria-label={label}
                        status={share >= 0.999 ? 'normal' : 'active'}
                      />
                    </div>
                  );
                })}
              </Flex>
            )}
          </Col>
        </Row>
      )}
      {result.regret === undefined || result.regret.length === 0 ? null : (
        <div>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('screen.portfolio.regret.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('screen.portfolio.regret.help')}
          </Typography.Paragraph>
          <RegretTable regret={result.regret} partners={partners} />
        </div>
      )}
    </Flex>
  );
}
