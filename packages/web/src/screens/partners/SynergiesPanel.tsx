/** Synergies of this partner with others: list, add, edit (value as a number or a distribution, note), delete. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { expectedValue } from './distribution';
import { SynergyModal } from './SynergyModal';
import type { PartnerView as Partner, SynergyView as Synergy } from './views';

export function SynergiesPanel({
  slug,
  partner,
  canWrite,
  onSaved,
}: {
  readonly slug: string;
  readonly partner: Partner;
  readonly canWrite: boolean;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { message } = App.useApp();
  const list = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/synergies', {
          params: { path: { slug }, query: { partner: partner.id } },
        }),
      ),
    [slug, partner.id],
  );
  const [editing, setEditing] = useState<Synergy | 'new' | undefined>();
  const other = (s: Synergy) => (s.between[0] === partner.id ? s.between[1] : s.between[0]) ?? '';

  const remove = async (s: Synergy) => {
    try {
      await unwrap(
        api.DELETE('/api/workspaces/{slug}/synergies/{id}', {
          params: { path: { slug, id: s.id }, query: { version: s.version } },
        }),
      );
      void message.success(t('screen.partners.synergy.deleted'));
      list.reload();
      onSaved();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    }
  };

  if (list.status === 'error') return <ErrorPanel error={list.error} onRetry={list.reload} />;
  if (list.data === undefined) return <PageLoading />;

  return (
    <Flex vertical gap={12}>
      {canWrite ? (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing('new')}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('screen.partners.synergy.add')}
        </Button>
      ) : null}
      {list.data.length === 0 ? (
        <Typography.Text type="secondary">{t('screen.partners.synergy.none')}</Typography.Text>
      ) : (
        <Table<Synergy>
          size="small"
          rowKey="id"
          pagination={false}
          aria-label={t('screen.partners.page.tabSynergies')}
          dataSource={list.data}
          columns={[
            {
              key: 'other',
              title: t('screen.partners.synergy.other'),
              render: (_: unknown, s: Synergy) => (
                <Link
                  to={`/w/${encodeURIComponent(slug)}/partners/${encodeURIComponent(other(s))}`}
                >
                  {other(s)}
                </Link>
              ),
            },
            {
              key: 'value',
              title: t('screen.partners.synergy.value'),
              align: 'right',
              render: (_: unknown, s: Synergy) =>
                formatNumber(expectedValue(s.value), { maximumFractionDigits: 4 }),
            },
            { key: 'note', title: t('screen.partners.synergy.note'), dataIndex: 'note' },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    title: t('screen.partners.actions'),
                    width: 120,
                    render: (_: unknown, s: Synergy) => (
                      <Flex gap={4}>
                        <Tooltip title={t('screen.partners.synergy.editOne', { name: other(s) })}>
                          <Button
                            type="text"
                            aria-label={t('screen.partners.synergy.editOne', { name: other(s) })}
                            icon={<EditOutlined aria-hidden />}
                            onClick={() => setEditing(s)}
                          />
                        </Tooltip>
                        <Popconfirm
                          title={t('screen.partners.synergy.deleteConfirm')}
                          okText={t('screen.partners.page.delete')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => void remove(s)}
                        >
                          <Tooltip
                            title={t('screen.partners.synergy.deleteOne', { name: other(s) })}
                          >
                            <Button
                              type="text"
                              danger
                              aria-label={t('screen.partners.synergy.deleteOne', {
                                name: other(s),
                              })}
                              icon={<DeleteOutlined aria-hidden />}
                            />
                          </Tooltip>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing === undefined ? null : (
        <SynergyModal
          slug={slug}
          partnerId={partner.id}
          synergy={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            void message.success(t('screen.partners.synergy.saved'));
            list.reload();
            onSaved();
          }}
        />
      )}
    </Flex>
  );
}
