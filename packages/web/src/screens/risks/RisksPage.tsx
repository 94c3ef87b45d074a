/**
 * The risk register: the heat map (likelihood × expected loss, a click filters the list),
 * the filters (kind, partner, agreement, the heat map's cell; kept in the URL so a partner's
 * or an agreement's page can link here filtered), the list, and what the risks do to the
 * portfolio. Everyone in the team reads it; editors and owners add, edit and delete.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Select, Tag, Typography } from 'antd';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { RISK_KINDS, riskKindLabel } from '../../components/risks/risk-labels';
import {
  agreementParties,
  filterRisks,
  formatCell,
  type HeatCell,
  heatGrid,
  isOverdue,
  parseCell,
  type Risk,
  type RiskCategory,
  todayUtc,
} from '../../components/risks/risk-view';
import { fetchPartnerSummaries } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { RiskEffect } from './RiskEffect';
import { RiskFormModal } from './RiskFormModal';
import { RiskHeatMap, useBandWords } from './RiskHeatMap';
import { RiskTable } from './RiskTable';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;
const isKind = (v: string | null): v is RiskCategory =>
  v !== null && (RISK_KINDS as readonly string[]).includes(v);

export default function RisksPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { slug, workspace } = useCurrentWorkspace();
  const canWrite = workspace?.role === 'owner' || workspace?.role === 'editor';
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Risk | 'new' | undefined>();
  const [changes, setChanges] = useState(0);
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/risks', { params: { path: { slug } } })),
        fetchPartnerSummaries(slug),
        unwrap(api.GET('/api/workspaces/{slug}/agreements', { params: { path: { slug } } })),
      ]),
    [slug, changes],
  );
  const [risks, partners, agreements] = loaded.data ?? [[], [], []];
  const grid = useMemo(() => heatGrid(risks), [risks]);
  const { likelihoodBand, impactBand } = useBandWords(grid.impactTop);
  const names = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const partnerName = useCallback((key: string) => names.get(key) ?? key, [names]);
  const agreementIds = useMemo(() => new Map(agreements.map((a) => [a.code, a.id])), [agreements]);
  const parties = useMemo(() => agreementParties(agreements), [agreements]);

  const kindParam = params.get('kind');
  const filter = {
    category: isKind(kindParam) ? kindParam : undefined,
    partner: params.get('partner') ?? undefined,
    agreement: params.get('agreement') ?? undefined,
    cell: parseCell(params.get('cell')),
  };
  const setFilter = (name: 'kind' | 'partner' | 'agreement' | 'cell', value?: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === undefined) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const selectCell = (cell: HeatCell) =>
    setFilter(
      'cell',
      filter.cell !== undefined && formatCell(filter.cell) === formatCell(cell)
        ? undefined
        : formatCell(cell),
    );
  const shown = filterRisks(risks, filter, grid, parties);
  const today = todayUtc();
  const overdue = risks.filter((r) => isOverdue(r, today)).length;
  const filtered = Object.values(filter).some((v) => v !== undefined);

  const remove = async (risk: Risk) => {
    try {
      await unwrap(
        api.DELETE('/api/workspaces/{slug}/risks/{key}', {
          params: { path: { slug, key: risk.id } },
        }),
      );
      void message.success(t('screen.risks.deleted', { id: risk.id }));
      setChanges((n) => n + 1);
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    }
  };

  const add = canWrite ? (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('screen.risks.add')}
    </Button>
  ) : null;

  let body: ReactNode;
  if (loaded.status === 'error') {
    body = <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  } else if (loaded.data === undefined) {
    body = <PageLoading />;
  } else if (risks.length === 0) {
    body = (
      <Flex vertical gap={16}>
        <EmptyState
          title={t('screen.risks.emptyTitle')}
          description={t('screen.risks.emptyBody')}
          actions={add}
        />
        {canWrite ? null : <Alert type="info" showIcon title={t('screen.risks.readOnly')} />}
      </Flex>
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        {canWrite ? null : <Alert type="info" showIcon title={t('screen.risks.readOnly')} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={heading(t('screen.risks.heat.title'))}>
              <RiskHeatMap
                grid={grid}
                total={risks.length}
                selected={filter.cell}
                onSelect={selectCell}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <RiskEffect slug={slug} canRun={canWrite} changes={changes} partnerName={partnerName} />
          </Col>
        </Row>
        <Flex gap={8} wrap align="center">
          <Select<RiskCategory>
            aria-label={t('screen.risks.filterKind')}
            placeholder={t('screen.risks.filterKind')}
            allowClear
            style={{ minWidth: 200 }}
            value={filter.category ?? null}
            onChange={(v) => setFilter('kind', v)}
            options={RISK_KINDS.map((k) => ({ value: k, label: riskKindLabel(t, k) }))}
          />
          <Select<string>
            aria-label={t('screen.risks.filterPartner')}
            placeholder={t('screen.risks.filterPartner')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 240 }}
            value={filter.partner ?? null}
            onChange={(v) => setFilter('partner', v)}
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <Select<string>
            aria-label={t('screen.risks.filterAgreement')}
            placeholder={t('screen.risks.filterAgreement')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 240 }}
            value={filter.agreement ?? null}
            onChange={(v) => setFilter('agreement', v)}
            options={agreements.map((a) => ({ value: a.code, label: `${a.title} (${a.code})` }))}
          />
          {filter.cell === undefined ? null : (
            <Tag closable onClose={() => setFilter('cell')} data-testid="cell-filter">
              {t('screen.risks.cellFilter', {
                likelihood: likelihoodBand(filter.cell.likelihood),
                impact: impactBand(filter.cell.impact),
              })}
            </Tag>
          )}
          {filtered ? (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('screen.risks.clearFilters')}
            </Button>
          ) : null}
          <Typography.Text data-testid="risk-count" aria-live="polite">
            {t('screen.risks.count', { shown: shown.length, total: risks.length })}
          </Typography.Text>
          {overdue === 0 ? null : (
            <Typography.Text type="danger" data-testid="risk-overdue-count">
              {t('screen.risks.overdueCount', { count: overdue })}
            </Typography.Text>
          )}
        </Flex>
        {shown.length === 0 ? (
          <Alert type="info" showIcon title={t('screen.risks.noMatch')} />
        ) : (
          <RiskTable
            slug={slug}
            risks={shown}
            today={today}
            canWrite={canWrite}
            partnerName={partnerName}
            agreementIds={agreementIds}
            onEdit={setEditing}
            onDelete={(risk) => void remove(risk)}
          />
        )}
      </Flex>
    );
  }

  return (
    <PageLayout
      title={t('nav.risks')}
      description={t('screen.risks.description')}
      actions={risks.length === 0 ? null : add}
    >
      {body}
      {editing === undefined || !canWrite ? null : (
        <RiskFormModal
          slug={slug}
          risk={editing === 'new' ? undefined : editing}
          partners={partners}
          agreements={agreements}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setChanges((n) => n + 1);
          }}
        />
      )}
    </PageLayout>
  );
}
