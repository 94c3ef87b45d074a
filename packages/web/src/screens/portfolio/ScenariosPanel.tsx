/** Saved scenarios: the list (newest first, with delete) and two of them compared side by side. */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Scenario } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { useI18n } from '../../i18n/I18nProvider';
import { ScenarioCompare } from './ScenarioCompare';
import type { PartnerChoice } from './workspace-data';

type Summary = Omit<Scenario, 'result'>;

export interface ScenariosPanelProps {
  readonly slug: string;
  /** Changes when a scenario was saved, to list it. */
  readonly refreshKey: number;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly canEdit: boolean;
}

export function ScenariosPanel({ slug, refreshKey, partners, canEdit }: ScenariosPanelProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const { message } = App.useApp();
  const list = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/scenarios', {
          params: { path: { slug }, query: { limit: 500 } },
        }),
      ),
    [slug, refreshKey],
  );
  const [pick, setPick] = useState<[string | undefined, string | undefined]>([
    undefined,
    undefined,
  ]);
  const items: readonly Summary[] = list.data?.items ?? [];
  const options = items.map((s) => ({
    value: s.id,
    label: t('screen.portfolio.scenarios.option', {
      name: s.name,
      kind: t(`screen.portfolio.scenarioKind.${s.kind}`),
    }),
  }));
  const [a, b] = pick;

  const remove = async (id: string) => {
    try {
      await unwrap(
        api.DELETE('/api/workspaces/{slug}/scenarios/{id}', { params: { path: { slug, id } } }),
      );
      setPick(([x, y]) => [x === id ? undefined : x, y === id ? undefined : y]);
      list.reload();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    }
  };

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.scenarios.title')}</h2>}
    >
      <Flex vertical gap={16}>
        {list.status === 'error' ? <ErrorPanel error={list.error} onRetry={list.reload} /> : null}
        {items.length === 0 ? (
          <Typography.Text type="secondary">
            {t('screen.portfolio.scenarios.empty')}
          </Typography.Text>
        ) : (
          <Table<Summary>
            size="small"
            rowKey="id"
            dataSource={[...items]}
            pagination={items.length > 10 ? { pageSize: 10 } : false}
            aria-label={t('screen.portfolio.scenarios.title')}
            columns={[
              { title: t('screen.portfolio.scenarios.name'), dataIndex: 'name', key: 'name' },
              {
                title: t('screen.portfolio.scenarios.kind'),
                key: 'kind',
                render: (_, s) => <Tag>{t(`screen.portfolio.scenarioKind.${s.kind}`)}</Tag>,
              },
              {
                title: t('screen.portfolio.scenarios.created'),
                key: 'created',
                render: (_, s) => formatDateTime(s.createdAt),
              },
              {
                title: t('screen.portfolio.scenarios.actions'),
                key: 'actions',
                width: 90,
                render: (_, s) => (
                  <Popconfirm
                    title={t('screen.portfolio.scenarios.deleteConfirm', { name: s.name })}
                    okText={t('screen.portfolio.scenarios.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(s.id)}
                  >
                    <Tooltip title={t('screen.portfolio.scenarios.deleteNamed', { name: s.name })}>
                      <Button
                        aria-label={t('screen.portfolio.scenarios.deleteNamed', { name: s.name })}
                        icon={<DeleteOutlined />}
                        disabled={!canEdit}
                        size="small"
                      />
                    </Tooltip>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
        {items.length < 2 ? (
          <Typography.Text type="secondary">
            {t('screen.portfolio.scenarios.compareHint')}
          </Typography.Text>
        ) : (
          <Flex gap={16} wrap align="center">
            {(['a', 'b'] as const).map((side, index) => (
              <Flex key={side} gap={8} align="center">
                <label htmlFor={`pf-compare-${side}`}>
                  {t(`screen.portfolio.scenarios.compare.${side}`)}
                </label>
                <Select
                  id={`pf-compare-${side}`}
                  {...(pick[index] === undefined ? {} : { value: pick[index] })}
                  options={options}
                  placeholder={t('screen.portfolio.scenarios.choose')}
                  onChange={(id: string) => setPick((p) => (index === 0 ? [id, p[1]] : [p[0], id]))}
                  style={{ minWidth: 260 }}
                />
              </Flex>
            ))}
          </Flex>
        )}
        {a === undefined || b === undefined ? null : (
          <ScenarioCompare slug={slug} a={a} b={b} partners={partners} />
        )}
      </Flex>
    </Card>
  );
}
