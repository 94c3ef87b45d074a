/**
 * The capability vocabulary: the built-in terms (read only) and the workspace's own terms
 * or synonyms with their English and Chinese labels, saved through the settings. The
 * server checks the whole vocabulary (a word may mean only one capability) and answers
 * with coded issues, said here in the reader's language next to the field at fault.
 */
import { Button, Flex, Input, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { fieldErrorMap } from '../../api/field-paths';
import ErrorPanel from '../../components/ErrorPanel';
import { ErrorSummary } from '../../components/FieldErrors';
import { DEFAULT_VOCABULARY } from '../../engine';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import type { Settings } from './load-network';

interface Row {
  readonly key: number;
  readonly id: string;
  readonly synonyms: string;
  readonly en: string;
  readonly zh: string;
}

type Entry = Settings['vocabulary'][number];

const toRows = (entries: readonly Entry[]): Row[] =>
  entries.map((e, key) => ({
    key,
    id: e.id,
    synonyms: (e.synonyms ?? []).join(', '),
    en: e.labels?.en ?? '',
    zh: e.labels?.['zh-CN'] ?? '',
  }));

export function toEntries(rows: readonly Row[]): Entry[] {
  return rows.map((r) => {
    const synonyms = r.synonyms
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const labels = {
      ...(r.en.trim() === '' ? {} : { en: r.en.trim() }),
      ...(r.zh.trim() === '' ? {} : { 'zh-CN': r.zh.trim() }),
    };
    return {
      id: r.id.trim(),
      ...(synonyms.length > 0 ? { synonyms } : {}),
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
    };
  });
}

export function VocabularyEditor({
  slug,
  settings,
  version,
  canEdit,
  onSaved,
}: {
  readonly slug: string;
  readonly settings: Settings;
  readonly version: number;
  readonly canEdit: boolean;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [rows, setRows] = useState<Row[]>(() => toRows(settings.vocabulary));
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(
    () =>
      isApiError(error) && error.fieldErrors.length > 0
        ? fieldErrorMap(error.fieldErrors, undefined, (e) => sayIssue(i18n, e))
        : new Map<string, readonly string[]>(),
    [error, i18n],
  );
  const at = (path: string) => errors.get(path) !== undefined;
  const rowHasError = (index: number) =>
    [...errors.keys()].some((p) => p.startsWith(`vocabulary[${index}]`));
  const set = (key: number, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await unwrap(
        api.PATCH('/api/workspaces/{slug}/settings', {
          params: { path: { slug } },
          body: { settings: { vocabulary: toEntries(rows) }, version },
        }),
      );
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const cell = (r: Row, field: 'id' | 'synonyms' | 'en' | 'zh', label: string) => {
    const index = rows.indexOf(r);
    const path =
      field === 'id'
        ? `vocabulary[${index}].id`
        : field === 'synonyms'
          ? `vocabulary[${index}].synonyms`
          : `vocabulary[${index}].labels`;
    const bad =
      field === 'synonyms'
        ? [...errors.keys()].some((p) => p.startsWith(path))
        : field === 'id'
          ? at(path)
          : false;
    return (
      <Input
        aria-label={`${label} ${index + 1}`}
        value={r[field]}
        disabled={!canEdit}
        status={bad ? 'error' : ''}
        onChange={(e) => set(r.key, { [field]: e.target.value })}
      />
    );
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('screen.network.vocabulary.intro')}
      </Typography.Paragraph>
      <details>
        <summary>{t('screen.network.vocabulary.defaults')}</summary>
        <ul data-testid="vocabulary-defaults">
          {DEFAULT_VOCABULARY.map((term) => (
            <li key={term.id}>
              <strong>{term.labels[locale]}</strong> ({term.id}): {term.synonyms.join(', ')}
            </li>
          ))}
        </ul>
      </details>
      <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
        {t('screen.network.vocabulary.added')}
      </Typography.Title>
      {canEdit ? null : (
        <Typography.Text type="secondary">
          {t('screen.network.vocabulary.readOnly')}
        </Typography.Text>
      )}
      <ErrorSummary title={t('screen.network.vocabulary.errors')} errors={errors} />
      {error !== undefined && errors.size === 0 ? <ErrorPanel error={error} /> : null}
      <Table
        size="small"
        data-testid="vocabulary-table"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('screen.network.vocabulary.empty') }}
        rowClassName={(_, index) => (rowHasError(index) ? 'vocabulary-row-error' : '')}
        columns={[
          {
            title: t('screen.network.vocabulary.column.id'),
            key: 'id',
            render: (_, r) => cell(r, 'id', t('screen.network.vocabulary.column.id')),
          },
          {
            title: t('screen.network.vocabulary.column.synonyms'),
            key: 'synonyms',
            render: (_, r) => cell(r, 'synonyms', t('screen.network.vocabulary.column.synonyms')),
          },
          {
            title: t('screen.network.vocabulary.column.en'),
            key: 'en',
            render: (_, r) => cell(r, 'en', t('screen.network.vocabulary.column.en')),
          },
          {
            title: t('screen.network.vocabulary.column.zh'),
            key: 'zh',
            render: (_, r) => cell(r, 'zh', t('screen.network.vocabulary.column.zh')),
          },
          {
            title: '',
            key: 'remove',
            render: (_, r) => (
              <Button
                size="small"
                danger
                disabled={!canEdit}
                onClick={() => setRows((list) => list.filter((x) => x.key !== r.key))}
              >
                {t('screen.network.vocabulary.remove', { id: r.id || String(rows.indexOf(r) + 1) })}
              </Button>
            ),
          },
        ]}
      />
      <Flex gap={8} wrap align="center">
        <Button
          disabled={!canEdit}
          onClick={() =>
            setRows((list) => [
              ...list,
              {
                key: Math.max(-1, ...list.map((r) => r.key)) + 1,
                id: '',
                synonyms: '',
                en: '',
                zh: '',
              },
            ])
          }
        >
          {t('screen.network.vocabulary.add')}
        </Button>
        <Button type="primary" loading={busy} disabled={!canEdit} onClick={() => void save()}>
          {t('screen.network.vocabulary.save')}
        </Button>
        {saved ? (
          <Typography.Text type="success" role="status">
            {t('screen.network.vocabulary.saved')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
