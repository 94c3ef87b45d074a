/**
 * Import outcomes from a CSV or XLSX file: pick the file (the server reads its header row, as
 * the import will), then which columns are unit, period and outcomes.
 */
import { Alert, Button, Form, Input, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { type FieldError, isApiError, problemMessage } from '../../api/api-error';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import { fileHeaderNames, importOutcomes } from './evidence-calls';

export interface ImportOutcomesModalProps {
  readonly slug: string;
  readonly open: boolean;
  readonly agreements: readonly { code: string; title: string }[];
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}

export function ImportOutcomesModal({
  slug,
  open,
  agreements,
  onClose,
  onDone,
}: ImportOutcomesModalProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | undefined>();
  const [headers, setHeaders] = useState<string[]>([]);
  const [unit, setUnit] = useState<string | undefined>();
  const [time, setTime] = useState<string | undefined>();
  const [outcomes, setOutcomes] = useState<string[]>([]);
  const [treated, setTreated] = useState<string | undefined>();
  const [agreement, setAgreement] = useState<string | undefined>();
  const [kind, setKind] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  /** The file's bad cells, by line (a spreadsheet's row) and column. */
  const [cells, setCells] = useState<readonly FieldError[]>([]);

  const choose = async (chosen: File) => {
    setError(undefined);
    let names: string[];
    try {
      names = await fileHeaderNames(slug, chosen);
    } catch (caught) {
      setError(problemMessage(caught, i18n));
      return;
    }
    setFile(chosen);
    setHeaders(names);
    setUnit(names[0]);
    setTime(names[1]);
    setOutcomes(names.slice(2, 3));
    setTreated(undefined);
    setError(undefined);
  };
  const columns = headers.map((h) => ({ value: h, label: h }));
  const ready =
    file !== undefined && unit && time && outcomes.length > 0 && (!treated || agreement);

  const run = async () => {
    if (!ready || file === undefined || !unit || !time) return;
    setBusy(true);
    setError(undefined);
    setCells([]);
    try {
      const summary = await importOutcomes(slug, {
        file,
        unit,
        time,
        outcomes,
        treated,
        agreement: treated ? agreement : undefined,
        kind: kind.trim() || undefined,
      });
      onDone(t('screen.evidence.importDone', { points: summary.points, units: summary.units }));
    } catch (caught) {
      setError(problemMessage(caught, i18n));
      setCells(isApiError(caught) ? caught.fieldErrors.filter((e) => e.line !== undefined) : []);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('screen.evidence.importTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" loading={busy} disabled={!ready} onClick={run}>
          {t('screen.evidence.importRun')}
        </Button>
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('screen.evidence.importFile')}>
          <Upload
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={(chosen) => {
              void choose(chosen);
              return false;
            }}
            onRemove={() => {
              setFile(undefined);
              setHeaders([]);
            }}
          >
            <Button>{t('screen.evidence.importFile')}</Button>
          </Upload>
        </Form.Item>
        {headers.length > 0 ? (
          <>
            <Form.Item label={t('screen.evidence.importUnit')}>
              <Select
                aria-label={t('screen.evidence.importUnit')}
                value={unit}
                onChange={setUnit}
                options={columns}
              />
            </Form.Item>
            <Form.Item label={t('screen.evidence.importTime')}>
              <Select
                aria-label={t('screen.evidence.importTime')}
                value={time}
                onChange={setTime}
                options={columns}
              />
            </Form.Item>
            <Form.Item label={t('screen.evidence.importOutcomes')}>
              <Select
                aria-label={t('screen.evidence.importOutcomes')}
                mode="multiple"
                value={outcomes}
                onChange={setOutcomes}
                options={columns}
              />
            </Form.Item>
            <Form.Item label={t('screen.evidence.importTreated')}>
              <Select
                aria-label={t('screen.evidence.importTreated')}
                allowClear
                value={treated}
                onChange={setTreated}
                options={columns}
              />
            </Form.Item>
            {treated ? (
              <Form.Item label={t('screen.evidence.importAgreement')}>
                <Select
                  aria-label={t('screen.evidence.importAgreement')}
                  value={agreement}
                  onChange={setAgreement}
                  options={agreements.map((a) => ({
                    value: a.code,
                    label: `${a.title} (${a.code})`,
                  }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item label={t('screen.evidence.importKind')}>
              <Input
                aria-label={t('screen.evidence.importKind')}
                value={kind}
                maxLength={50}
                onChange={(e) => setKind(e.target.value)}
              />
            </Form.Item>
          </>
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            message={error}
            role="alert"
            description={
              cells.length > 0 ? (
                <ul data-testid="import-cell-errors" style={{ margin: 0, paddingInlineStart: 18 }}>
                  {cells.slice(0, 20).map((e) => (
                    <li key={`${e.line}-${e.column}-${e.path}`}>
                      {t('screen.evidence.importCellError', {
                        line: e.line ?? 0,
                        column: e.column ?? 0,
                        message: sayIssue(i18n, e),
                      })}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ) : null}
      </Form>
    </Modal>
  );
}
