/**
 * Every agreement of the workspace: code, title, type, parties, status, term and its open
 * and overdue obligations; filtered by type, status and partner.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { AgreementStatus, AgreementType } from '../../api/types';
import { todayUtc } from '../../app/periods';
import { newAgreementPath } from '../../app/record-paths';
import { useLoad } from '../../app/use-load';
import { AGREEMENT_STATUSES, statusLabel, typeLabel } from '../../components/agreement-labels';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { usePartners } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { AgreementTable } from './AgreementTable';
import { AGREEMENT_TYPES } from './form/agreement-values';
import { countsByAgreement } from './reminders';

export function AgreementsList() {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const canWrite = workspace?.role !== 'viewer';
  const [type, setType] = useState<AgreementType | undefined>();
  const [status, setStatus] = useState<AgreementStatus | undefined>();
  const [partner, setPartner] = useState<string | undefined>();
  const { partners, byKey } = usePartners(slug);
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(
          api.GET('/api/workspaces/{slug}/agreements', {
            params: {
              path: { slug },
              query: {
                ...(status === undefined ? {} : { status }),
                ...(partner === undefined ? {} : { partner }),
              },
            },
          }),
        ),
        unwrap(api.GET('/api/workspaces/{slug}/obligations', { params: { path: { slug } } })),
      ]),
    [slug, status, partner],
  );
  const counts = useMemo(
    () => countsByAgreement(loaded.data?.[1] ?? [], todayUtc()),
    [loaded.data],
  );
  const rows = useMemo(
    () => (loaded.data?.[0] ?? []).filter((a) => type === undefined || a.type === type),
    [loaded.data, type],
  );
  const filtered = type !== undefined || status !== undefined || partner !== undefined;
  const create = canWrite ? (
    <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to={newAgreementPath(slug)}>
      {t('screen.agreements.new')}
    </LinkButton>
  ) : undefined;

  return (
    <PageLayout
      title={t('nav.agreements')}
      description={t('screen.agreements.description')}
      actions={create}
    >
      {loaded.status === 'error' ? (
        <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data === undefined ? (
        <PageLoading />
      ) : loaded.data[0].length === 0 && !filtered ? (
        <EmptyState
          title={t('screen.agreements.emptyTitle')}
          description={t('screen.agreements.emptyDescription')}
          steps={[
            t('screen.agreements.emptyStepCreate'),
            t('screen.agreements.emptyStepObligations'),
            t('screen.agreements.emptyStepLedger'),
          ]}
          actions={create}
        />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} wrap role="search" aria-label={t('screen.agreements.filters')}>
            <Select<AgreementType>
              allowClear
              aria-label={t('screen.agreements.filterType')}
              placeholder={t('screen.agreements.anyType')}
              style={{ width: 200 }}
              value={type ?? null}
              onChange={(v) => setType(v ?? undefined)}
              options={AGREEMENT_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))}
            />
            <Select<AgreementStatus>
              allowClear
              aria-label={t('screen.agreements.filterStatus')}
              placeholder={t('screen.agreements.anyStatus')}
              style={{ width: 180 }}
              value={status ?? null}
              onChange={(v) => setStatus(v ?? undefined)}
              options={AGREEMENT_STATUSES.map((v) => ({ value: v, label: statusLabel(t, v) }))}
            />
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('screen.agreements.filterPartner')}
              placeholder={t('screen.agreements.anyPartner')}
              style={{ width: 260 }}
              value={partner ?? null}
              onChange={(v) => setPartner(v ?? undefined)}
              options={partners.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Flex>
          <Typography.Text type="secondary" data-testid="agreement-count">
            {t('screen.agreements.count', { total: rows.length })}
          </Typography.Text>
          <AgreementTable slug={slug} rows={rows} counts={counts} partners={byKey} />
        </Flex>
      )}
    </PageLayout>
  );
}
