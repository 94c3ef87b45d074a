/**
 * Outcome values entered or edited in the app: pick an outcome (or name a new one), change
 * any stored value in the grid, add observations by unit and period; each field is checked
 * as it is typed (outcome-entry.ts, messages from codes) and the changes are saved at once
 * as one batch (all or nothing), the server's refusal shown in the user's language.
 */
import { Alert, AutoComplete, Button, Flex, Form, Input, Modal, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { loadSeries, savePoints } from './evidence-calls';
import {
  checkEntry,
  type EntryDraft,
  type EntryErrorCode,
  type EntryErrors,
  entryValue,
} from './outcome-entry';

export interface OutcomeEntryModalProps {
  readonly slug: string;
  readonly open: boolean;
  readonly outcomes: readonly string[];
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}

interface Row {
  readonly unit: string;
  readonly period: string;
  /** As typed. */
  readonly value: string;
  /** What is stored (undefined: a new observation). */
  readonly stored?: number;
}

const keyOf = (r: { unit: string; period: string }) => JSON.stringify([r.unit, r.period]);
const EMPTY: EntryDraft = { unit: '', period: '', value: '' };

export function OutcomeEntryModal({
  slug,
  open,
  outcomes,
  onClose,
  onDone,
}: OutcomeEntryModalProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState(outcomes[0] ?? '');
  const [rows, setRows] = useState<Row[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [draft, setDraft] = useState<EntryDraft>(EMPTY);
  const [draftErrors, setDraftErrors] = useState<EntryErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const say = (code: EntryErrorCode | undefined) =>
    code === undefined ? undefined : t(`screen.evidence.entry.error.${code}`);

  const name = outcome.trim();
  const known = outcomes.includes(name);
  useEffect(() => {
    setRows([]);
    setTruncated(false);
    if (!open || !known) return;
    let live = true;
    loadSeries(slug, name).then(
      (series) => {
        if (!live) return;
        setRows(series.points.map((p) => ({ ...p, value: String(p.value), stored: p.value })));
        setTruncated(series.truncated);
      },
      (caught: unknown) => live && setError(problemMessage(caught, i18n)),
    );
    return () => {
      live = false;
    };
  }, [open, slug, name, known, i18n]);

  const changed = useMemo(
    () => rows.filter((r) => r.stored === undefined || entryValue(r.value) !== r.stored),
    [rows],
  );
  const rowErrors = new Map(
    rows.flatMap((r) => {
      const code = checkEntry({ unit: r.unit, period: r.period, value: r.value }).value;
      return code ? [[keyOf(r), code] as const] : [];
    }),
  );

  const add = () => {
    const errors = checkEntry(draft);
    setDraftErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const row: Row = { unit: draft.unit.trim(), period: draft.period.trim(), value: draft.value };
    setRows((current) => {
      const at = current.findIndex((r) => keyOf(r) === keyOf(row));
      if (at < 0) return [...current, row];
      const next = [...current];
      next[at] = {
        ...row,
        ...(current[at]?.stored === undefined ? {} : { stored: current[at]?.stored }),
      };
      return next;
    });
    setDraft(EMPTY);
  };

  const save = async () => {
    if (name === '' || changed.length === 0 || rowErrors.size > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const summary = await savePoints(
        slug,
        changed.map((r) => ({
          unit: r.unit,
          period: r.period,
          outcome: name,
          value: entryValue(r.value) as number,
        })),
      );
      onDone(t('screen.evidence.entrySaved', { points: summary.points }));
    } catch (caught) {
      const fields = isApiError(caught) ? caught.fieldErrors : [];
      setError(
        fields.length > 0
          ? `${problemMessage(caught, i18n)} (${fields.map((f) => f.path).join(', ')})`
          : problemMessage(caught, i18n),
      );
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof EntryDraft, label: string) => (
    <Form.Item
      label={label}
      validateStatus={draftErrors[key] ? 'error' : ''}
      help={say(draftErrors[key])}
    >
      <Input
        aria-label={label}
        value={draft[key]}
        maxLength={key === 'value' ? 40 : 200}
        onChange={(e) => {
          const next = { ...draft, [key]: e.target.value };
          setDraft(next);
          if (draftErrors[key]) setDraftErrors({ ...draftErrors, [key]: checkEntry(next)[key] });
        }}
        onPressEnter={add}
      />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      width={720}
      title={t('screen.evidence.entryTitle')}
      onCancel={onClose}
      footer={
        <Button
          type="primary"
          loading={busy}
          disabled={name === '' || changed.length === 0 || rowErrors.size > 0}
          onClick={() => void save()}
        >
          {t('screen.evidence.entrySave', { count: changed.length })}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Form layout="vertical">
          <Form.Item
            label={t('screen.evidence.entryOutcome')}
            validateStatus={name === '' ? 'error' : ''}
            help={name === '' ? say('required') : undefined}
          >
            <AutoComplete
              aria-label={t('screen.evidence.entryOutcome')}
              value={outcome}
              onChange={setOutcome}
              options={outcomes.map((o) => ({ value: o }))}
              filterOption={(input, option) =>
                String(option?.value ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase())
              }
            />
          </Form.Item>
        </Form>
        {truncated ? (
          <Typography.Text type="secondary">
            {t('screen.evidence.entryTruncated', { count: rows.length })}
          </Typography.Text>
        ) : null}
        {rows.length === 0 ? (
          <Typography.Text type="secondary">{t('screen.evidence.entryEmpty')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey={keyOf}
            dataSource={rows}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: t('screen.evidence.entryUnit'), dataIndex: 'unit' },
              { title: t('screen.evidence.entryPeriod'), dataIndex: 'period' },
              {
                title: t('screen.evidence.entryValue'),
                render: (_, row) => {
                  const code = rowErrors.get(keyOf(row));
                  return (
                    <Form.Item
                      style={{ margin: 0 }}
                      validateStatus={code ? 'error' : ''}
                      help={say(code)}
                    >
                      <Input
                        aria-label={t('screen.evidence.entryValueOf', {
                          unit: row.unit,
                          period: row.period,
                        })}
                        value={row.value}
                        maxLength={40}
                        onChange={(e) => {
                          const value = e.target.value;
                          setRows((current) =>
                            current.map((r) => (keyOf(r) === keyOf(row) ? { ...r, value } : r)),
                          );
                        }}
                      />
                    </Form.Item>
                  );
                },
              },
            ]}
          />
        )}
        <Typography.Text strong>{t('screen.evidence.entryAddTitle')}</Typography.Text>
        <Form layout="inline" style={{ rowGap: 8, alignItems: 'flex-start' }}>
          {field('unit', t('screen.evidence.entryUnit'))}
          {field('period', t('screen.evidence.entryPeriod'))}
          {field('value', t('screen.evidence.entryValue'))}
          <Form.Item>
            <Button onClick={add}>{t('screen.evidence.entryAdd')}</Button>
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon message={error} role="alert" /> : null}
      </Flex>
    </Modal>
  );
}
