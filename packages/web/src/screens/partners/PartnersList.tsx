/** The partner table with its toolbar, actions (add, import, export), bulk edits and empty state. */
import { DownloadOutlined, ImportOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Dropdown, Flex, Popover, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { BulkEditBar } from './BulkEditBar';
import { CreatePartnerModal } from './CreatePartnerModal';
import { COLUMNS, type ColumnId, readColumns, writeColumns } from './column-choice';
import { ImportModal } from './ImportModal';
import { PartnerFilters } from './PartnerFilters';
import { PartnerTable } from './PartnerTable';
import { EMPTY_QUERY, isFiltered, type PartnerQuery, usePartnerPages } from './use-partner-pages';
import type { PartnerView as Partner } from './views';

const tableHeight = () => Math.max(320, window.innerHeight - 340);

export function PartnersList() {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const canWrite = workspace?.role !== 'viewer';
  const [query, setQuery] = useState<PartnerQuery>(EMPTY_QUERY);
  const pages = usePartnerPages(slug, query);
  const [columns, setColumns] = useState<readonly ColumnId[]>(readColumns);
  const [selected, setSelected] = useState<Partner[]>([]);
  const [dialog, setDialog] = useState<'create' | 'import' | undefined>();
  const [height, setHeight] = useState(tableHeight);

  useEffect(() => {
    const onResize = () => setHeight(tableHeight());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const seen = useMemo(() => {
    const domains = new Set<string>();
    const offers = new Set<string>();
    for (const p of pages.items) {
      for (const d of p.domains) domains.add(d);
      for (const o of p.offers) offers.add(o);
    }
    return { domains: [...domains].sort(), offers: [...offers].sort() };
  }, [pages.items]);

  const chooseColumns = (chosen: ColumnId[]) => {
    const ordered = COLUMNS.filter((c) => chosen.includes(c));
    if (ordered.length === 0) return;
    setColumns(ordered);
    writeColumns(ordered);
  };

  const base = `/api/workspaces/${encodeURIComponent(slug)}/exports`;
  const actions = (
    <>
      <Dropdown
        menu={{
          items: [
            {
              key: 'csv',
              label: (
                <a href={`${base}/partners.csv`} download>
                  {t('screen.partners.exportCsv')}
                </a>
              ),
            },
            {
              key: 'xlsx',
              label: (
                <a href={`${base}/partners.xlsx`} download>
                  {t('screen.partners.exportXlsx')}
                </a>
              ),
            },
            {
              key: 'spec',
              label: (
                <a href={`${base}/spec.yaml`} download>
                  {t('screen.partners.exportSpec')}
                </a>
              ),
            },
          ],
        }}
      >
        <Button icon={<DownloadOutlined aria-hidden />}>{t('screen.partners.export')}</Button>
      </Dropdown>
      {canWrite ? (
        <>
          <Button icon={<ImportOutlined aria-hidden />} onClick={() => setDialog('import')}>
            {t('screen.partners.import')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDialog('create')}
          >
            {t('screen.partners.add')}
          </Button>
        </>
      ) : null}
    </>
  );

  const empty = pages.total === 0 && !isFiltered(query) && !pages.loading;
  const afterWrite = () => {
    setSelected([]);
    pages.reload();
  };

  return (
    <PageLayout
      title={t('nav.partners')}
      description={t('screen.partners.description')}
      actions={actions}
    >
      {pages.error !== undefined && pages.items.length === 0 ? (
        <ErrorPanel error={pages.error} onRetry={pages.reload} />
      ) : empty ? (
        <EmptyState
          title={t('screen.partners.emptyTitle')}
          description={t('screen.partners.emptyDescription')}
          steps={[
            t('screen.partners.emptyStepImport'),
            t('screen.partners.emptyStepAdd'),
            t('screen.partners.emptyStepNext'),
          ]}
          actions={
            canWrite ? (
              <>
                <Button type="primary" onClick={() => setDialog('import')}>
                  {t('screen.partners.import')}
                </Button>
                <Button onClick={() => setDialog('create')}>{t('screen.partners.add')}</Button>
              </>
            ) : undefined
          }
        />
      ) : (
        <Flex vertical gap={12}>
          <Flex justify="space-between" gap={8} wrap align="center">
            <PartnerFilters
              query={query}
              onChange={setQuery}
              domains={seen.domains}
              offers={seen.offers}
            />
            <Flex gap={12} align="center">
              <Typography.Text type="secondary" role="status" data-testid="partner-count">
                {pages.total === undefined
                  ? ''
                  : pages.items.length < pages.total
                    ? t('screen.partners.loaded', {
                        loaded: pages.items.length,
                        total: pages.total,
                      })
                    : t('screen.partners.count', { total: pages.total })}
              </Typography.Text>
              <Popover
                trigger="click"
                title={t('screen.partners.columnsTitle')}
                content={
                  <Checkbox.Group<ColumnId>
                    aria-label={t('screen.partners.columnsTitle')}
                    style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                    value={[...columns]}
                    onChange={chooseColumns}
                    options={COLUMNS.map((c) => ({
                      value: c,
                      label: t(`screen.partners.col.${c}`),
                    }))}
                  />
                }
              >
                <Button icon={<SettingOutlined aria-hidden />}>
                  {t('screen.partners.columns')}
                </Button>
              </Popover>
            </Flex>
          </Flex>
          {canWrite ? (
            <BulkEditBar
              slug={slug}
              selected={selected}
              onClear={() => setSelected([])}
              onDone={afterWrite}
            />
          ) : null}
          <PartnerTable
            slug={slug}
            rows={pages.items}
            columns={columns}
            sort={query.sort}
            onSort={(sort) => setQuery((q) => ({ ...q, sort }))}
            loading={pages.loading && pages.items.length === 0}
            onNearEnd={pages.loadMore}
            selected={selected.map((p) => p.id)}
            onSelect={(_ids, rows) => setSelected(rows)}
            height={height}
          />
          {pages.loading && pages.items.length > 0 ? (
            <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
          ) : null}
        </Flex>
      )}
      {dialog === 'create' ? (
        <CreatePartnerModal
          slug={slug}
          onClose={() => setDialog(undefined)}
          onCreated={afterWrite}
        />
      ) : null}
      {dialog === 'import' ? (
        <ImportModal slug={slug} onClose={() => setDialog(undefined)} onImported={afterWrite} />
      ) : null}
    </PageLayout>
  );
}
