/**
 * A CSV or XLSX import: map the file's columns to partner fields, preview (the server
 * parses and validates every row and writes nothing), then import, which the server
 * does all or nothing. Import stays disabled while the preview lists any error.
 */
import { Alert, App, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import {
  defaultImportMapping,
  IMPORT_FIELDS,
  importColumn,
  namedColumn,
  SCORE_PREFIX,
} from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import type { ChosenFile } from './chosen-file';

const CONTENT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

type Preview = {
  rows: {
    row: number;
    action: 'create' | 'update';
    partner: { id: string; name?: string; kind?: string; status?: string };
  }[];
  errors: { row: number; column: string; message: string }[];
};

export function SheetImport({
  slug,
  chosen,
  step,
  onStep,
  onDone,
}: {
  readonly slug: string;
  readonly chosen: ChosenFile;
  readonly step: 'mapping' | 'preview';
  readonly onStep: (step: 'file' | 'mapping' | 'preview') => void;
  readonly onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const criteria = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } })),
    [slug],
  );
  const fields = useMemo(() => {
    const scores = (criteria.data?.criteria ?? []).map((c) => `${SCORE_PREFIX}${c.id}`);
    const uses = chosen.headers.filter((h) => namedColumn(h)?.kind === 'uses');
    return [...IMPORT_FIELDS, ...scores, ...uses];
  }, [criteria.data, chosen.headers]);
  const [edited, setEdited] = useState<Record<string, string | undefined>>({});
  const mapping = useMemo(() => {
    const merged = defaultImportMapping(chosen.headers, fields);
    for (const [field, header] of Object.entries(edited)) {
      if (header === undefined) delete merged[field];
      else merged[field] = header;
    }
    return merged;
  }, [fields, chosen.headers, edited]);
  const [preview, setPreview] = useState<Preview | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const request = () => ({
    params: {
      path: { slug },
      query: chosen.headers.length === 0 ? {} : { mapping: JSON.stringify(mapping) },
    },
    body: chosen.file,
    bodySerializer: (body: unknown) => body as File,
    headers: { 'content-type': CONTENT_TYPES[chosen.kind === 'xlsx' ? 'xlsx' : 'csv'] },
  });

  const runPreview = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setPreview(
        await unwrap(api.POST('/api/workspaces/{slug}/imports/partners/preview', request())),
      );
      onStep('preview');
    } catch (caught) {
      setError(problemMessage(caught, i18n));
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(api.POST('/api/workspaces/{slug}/imports/partners', request()));
      void message.success(
        t('screen.partners.import.done', { created: result.created, updated: result.updated }),
      );
      onDone();
    } catch (caught) {
      setError(problemMessage(caught, i18n));
    } finally {
      setBusy(false);
    }
  };

  /** What a column's cells hold, from core's column table. */
  const holds = (field: string) => {
    const column = importColumn(field);
    if (column !== undefined)
      return t(`screen.partners.import.type.${column.type}`, {
        choices: (column.choices ?? []).join(', '),
      });
    return t(
      namedColumn(field)?.kind === 'uses'
        ? 'screen.partners.import.type.use'
        : 'screen.partners.import.type.score',
    );
  };

  const columnOptions = [
    { value: '', label: t('screen.partners.import.notImported') },
    ...chosen.headers.map((h) => ({ value: h, label: h })),
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {t('screen.partners.import.file', { name: chosen.file.name })}
      </Typography.Text>
      {step === 'mapping' ? (
        chosen.headers.length === 0 ? (
          <Alert type="info" showIcon title={t('screen.partners.import.noHeaders')} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('screen.partners.import.mappingHelp')}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey={(field) => field}
              pagination={false}
              scroll={{ y: 320 }}
              dataSource={fields}
              columns={[
                {
                  key: 'field',
                  title: t('screen.partners.import.field'),
                  render: (_: unknown, field: string) => (
                    <Typography.Text code>{field}</Typography.Text>
                  ),
                },
                {
                  key: 'holds',
                  title: t('screen.partners.import.holds'),
                  render: (_: unknown, field: string) => (
                    <Typography.Text type="secondary">{holds(field)}</Typography.Text>
                  ),
                },
                {
                  key: 'column',
                  title: t('screen.partners.import.column'),
                  render: (_: unknown, field: string) => (
                    <Select<string>
                      aria-label={t('screen.partners.fieldOf', {
                        what: t('screen.partners.import.column'),
                        field,
                      })}
                      value={mapping[field] ?? ''}
                      onChange={(value) =>
                        setEdited((e) => ({ ...e, [field]: value === '' ? undefined : value }))
                      }
                      options={columnOptions}
                      style={{ width: 260 }}
                    />
                  ),
                },
              ]}
            />
          </>
        )
      ) : preview === undefined ? null : (
        <>
          {preview.errors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={t('screen.partners.import.errors', { count: preview.errors.length })}
            />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('screen.partners.import.rows', { count: preview.rows.length })}
            />
          )}
          {preview.errors.length === 0 ? null : (
            <Table
              size="small"
              aria-label={t('screen.partners.import.errorsLabel')}
              data-testid="import-errors"
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
              pagination={false}
              scroll={{ y: 200 }}
              dataSource={preview.errors}
              columns={[
                { key: 'row', title: t('screen.partners.import.row'), dataIndex: 'row', width: 80 },
                {
                  key: 'column',
                  title: t('screen.partners.import.column'),
                  dataIndex: 'column',
                  width: 180,
                },
                {
                  key: 'message',
                  title: t('screen.partners.import.message'),
                  dataIndex: 'message',
                },
              ]}
            />
          )}
          <Table
            size="small"
            aria-label={t('screen.partners.import.previewLabel')}
            data-testid="import-preview"
            rowKey="row"
            pagination={false}
            virtual
            scroll={{ y: 240 }}
            dataSource={preview.rows}
            columns={[
              { key: 'row', title: t('screen.partners.import.row'), dataIndex: 'row', width: 80 },
              {
                key: 'action',
                title: t('screen.partners.import.action'),
                width: 100,
                render: (_: unknown, r: Preview['rows'][number]) => (
                  <Tag color={r.action === 'create' ? 'green' : 'blue'}>
                    {t(`screen.partners.import.${r.action}`)}
                  </Tag>
                ),
              },
              {
                key: 'id',
                title: t('screen.partners.col.id'),
                width: 200,
                render: (_: unknown, r: Preview['rows'][number]) => r.partner.id,
              },
              {
                key: 'name',
                title: t('screen.partners.col.name'),
                render: (_: unknown, r: Preview['rows'][number]) => r.partner.name ?? '',
              },
            ]}
          />
        </>
      )}
      {error === undefined ? null : <Alert type="error" showIcon role="alert" title={error} />}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={() => onStep(step === 'preview' ? 'mapping' : 'file')}>
          {t('screen.partners.import.back')}
        </Button>
        {step === 'mapping' ? (
          <Button type="primary" loading={busy} onClick={() => void runPreview()}>
            {t('screen.partners.import.previewAction')}
          </Button>
        ) : (
          <Button
            type="primary"
            loading={busy}
            disabled={
              preview === undefined || preview.errors.length > 0 || preview.rows.length === 0
            }
            onClick={() => void runImport()}
          >
            {t('screen.partners.import.importAction', { count: preview?.rows.length ?? 0 })}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
