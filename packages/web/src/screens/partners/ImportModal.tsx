/**
 * Import: choose a file; a CSV or XLSX goes through column mapping and a preview that
 * writes nothing (import stays disabled while any row has an error); a spec (YAML or
 * JSON) replaces the portfolio after an explicit confirmation.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ChosenFile } from './chosen-file';
import { csvHeaders, fileKindOf, xlsxHeaders } from './file-headers';
import { SheetImport } from './SheetImport';
import { SpecImport } from './SpecImport';

async function readChosen(file: File): Promise<ChosenFile | undefined> {
  const kind = fileKindOf(file.name);
  if (kind === undefined) return undefined;
  if (kind === 'csv') return { file, kind, headers: csvHeaders(await file.text()) };
  if (kind === 'xlsx') {
    const headers = await xlsxHeaders(new Uint8Array(await file.arrayBuffer())).catch(() => []);
    return { file, kind, headers };
  }
  return { file, kind, headers: [] };
}

export function ImportModal({
  slug,
  onClose,
  onImported,
}: {
  readonly slug: string;
  readonly onClose: () => void;
  readonly onImported: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<ChosenFile | undefined>();
  const [step, setStep] = useState(0);
  const [unreadable, setUnreadable] = useState(false);

  const choose = async (file: File) => {
    const read = await readChosen(file).catch(() => undefined);
    setUnreadable(read === undefined);
    setChosen(read);
    setStep(read === undefined ? 0 : 1);
  };

  const done = () => {
    onImported();
    onClose();
  };

  const steps =
    chosen?.kind === 'spec'
      ? [t('screen.partners.import.stepFile'), t('screen.partners.import.stepSpec')]
      : [
          t('screen.partners.import.stepFile'),
          t('screen.partners.import.stepMapping'),
          t('screen.partners.import.stepPreview'),
        ];

  return (
    <Modal
      open
      width={860}
      title={t('screen.partners.import.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        items={steps.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      {step === 0 || chosen === undefined ? (
        <>
          <Upload.Dragger
            accept=".csv,.xlsx,.yaml,.yml,.json"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void choose(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('screen.partners.import.choose')}</p>
            <p className="ant-upload-hint">{t('screen.partners.import.chooseHint')}</p>
          </Upload.Dragger>
          {unreadable ? (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={t('screen.partners.import.unreadable')}
            />
          ) : null}
        </>
      ) : chosen.kind === 'spec' ? (
        <SpecImport slug={slug} file={chosen.file} onBack={() => setStep(0)} onDone={done} />
      ) : (
        <SheetImport
          slug={slug}
          chosen={chosen}
          step={step === 2 ? 'preview' : 'mapping'}
          onStep={(s) => setStep(s === 'file' ? 0 : s === 'mapping' ? 1 : 2)}
          onDone={done}
        />
      )}
    </Modal>
  );
}
