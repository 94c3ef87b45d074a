/**
 * The register's table: each risk's title and id, kind, likelihood, expected loss, the
 * partners and agreements it hangs on (links to their pages), owner, mitigation and review
 * date (an overdue one in red, its row marked). Edit and delete for editors only.
 */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { agreementPath, partnerPath } from '../../app/record-paths';
import { formatLoss, riskKindLabel } from '../../components/risks/risk-labels';
import { expectedLoss, isOverdue, type Risk } from '../../components/risks/risk-view';
import { Tone } from '../../components/Tone';
import { useDay } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';

export function RiskTable({
  slug,
  risks,
  today,
  canWrite,
  partnerName,
  agreementIds,
  onEdit,
  onDelete,
}: {
  readonly slug: string;
  readonly risks: readonly Risk[];
  readonly today: string;
  readonly canWrite: boolean;
  readonly partnerName: (key: string) => string;
  /** Agreement code → its id (the page's address takes either). */
  readonly agreementIds: ReadonlyMap<string, string>;
  readonly onEdit: (risk: Risk) => void;
  readonly onDelete: (risk: Risk) => void;
}) {
  const { t, formatPercent, formatNumber } = useI18n();
  const day = useDay();
  return (
    <Table<Risk>
      data-testid="risk-table"
      rowKey="id"
      size="middle"
      dataSource={[...risks]}
      pagination={risks.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 1240 }}
      rowClassName={(risk) => (isOverdue(risk, today) ? 'risk-overdue' : '')}
      onRow={(risk) => ({ 'data-testid': `risk-row-${risk.id}` }) as object}
      columns={[
        {
          key: 'risk',
          title: t('screen.risks.col.risk'),
          width: 220,
          render: (_, risk) => (
            <Flex vertical>
              <Typography.Text strong>{risk.title ?? risk.id}</Typography.Text>
              <Typography.Text code>{risk.id}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'kind',
          title: t('screen.risks.col.kind'),
          render: (_, risk) => riskKindLabel(t, risk.category),
        },
        {
          key: 'likelihood',
          title: t('screen.risks.col.likelihood'),
          align: 'right',
          sorter: (a, b) => a.likelihood - b.likelihood,
          render: (_, risk) => formatPercent(risk.likelihood),
        },
        {
          key: 'impact',
          title: t('screen.risks.col.impact'),
          align: 'right',
          sorter: (a, b) => expectedLoss(a) - expectedLoss(b),
          render: (_, risk) => formatLoss(formatNumber, expectedLoss(risk)),
        },
        {
          key: 'links',
          title: t('screen.risks.col.links'),
          render: (_, risk) => (
            <Flex vertical>
              {risk.partners.map((key) => (
                <Link key={`p-${key}`} to={partnerPath(slug, key)}>
                  {partnerName(key)}
                </Link>
              ))}
              {risk.agreements.map((code) => (
                <Link
                  key={`a-${code}`}
                  to={agreementPath(slug, { code, id: agreementIds.get(code) ?? code })}
                >
                  {code}
                </Link>
              ))}
            </Flex>
          ),
        },
        { key: 'owner', title: t('screen.risks.col.owner'), render: (_, risk) => risk.owner },
        {
          key: 'mitigation',
          title: t('screen.risks.col.mitigation'),
          width: 240,
          render: (_, risk) =>
            risk.mitigation === undefined ? null : (
              <Typography.Paragraph
                ellipsis={{ rows: 2, tooltip: risk.mitigation }}
                style={{ margin: 0 }}
              >
                {risk.mitigation}
              </Typography.Paragraph>
            ),
        },
        {
          key: 'review',
          title: t('screen.risks.col.review'),
          sorter: (a, b) => (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999'),
          render: (_, risk) =>
            risk.reviewDate === undefined ? null : isOverdue(risk, today) ? (
              <Tone color="red" data-testid={`risk-overdue-${risk.id}`}>
                {t('screen.risks.overdue', { date: day(risk.reviewDate) })}
              </Tone>
            ) : (
              day(risk.reviewDate)
            ),
        },
        ...(canWrite
          ? [
              {
                key: 'actions',
                title: t('screen.risks.col.actions'),
                render: (_: unknown, risk: Risk) => (
                  <Flex gap={4}>
                    <Button
                      size="small"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('screen.risks.editNamed', { id: risk.id })}
                      onClick={() => onEdit(risk)}
                    >
                      {t('screen.risks.edit')}
                    </Button>
                    <Popconfirm
                      title={t('screen.risks.deleteConfirm', { id: risk.id })}
                      okText={t('screen.risks.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => onDelete(risk)}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('screen.risks.deleteNamed', { id: risk.id })}
                      >
                        {t('screen.risks.delete')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
