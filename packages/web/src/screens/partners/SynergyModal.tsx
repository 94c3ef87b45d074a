/** Add or edit one synergy: the other partner (searched on the server), the value and a note. */
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionEditor } from './DistributionEditor';
import { type Draft, draftOf, toDistribution } from './distribution';
import type { SynergyView as Synergy } from './views';

export function SynergyModal({
  slug,
  partnerId,
  synergy,
  onClose,
  onSaved,
}: {
  readonly slug: string;
  readonly partnerId: string;
  readonly synergy: Synergy | undefined;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [other, setOther] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [draft, setDraft] = useState<Draft | null>(
    synergy === undefined ? { form: 'number', values: [null] } : draftOf(synergy.value),
  );
  const [note, setNote] = useState(synergy?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (synergy !== undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      unwrap(
        api.GET('/api/workspaces/{slug}/partners', {
          params: { path: { slug }, query: { limit: 50, ...(search === '' ? {} : { q: search }) } },
        }),
      ).then(
        (page) => {
          if (!live) return;
          setOptions(
            page.items
              .filter((p) => p.id !== partnerId)
              .map((p) => ({ value: p.id, label: `${p.name} (${p.id})` })),
          );
        },
        () => undefined,
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [slug, partnerId, search, synergy]);

  const value = draft === null ? undefined : toDistribution(draft);
  const ready = value !== undefined && (synergy !== undefined || other !== undefined);

  const save = async () => {
    if (value === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      if (synergy === undefined) {
        if (other === undefined) return;
        await unwrap(
          api.POST('/api/workspaces/{slug}/synergies', {
            params: { path: { slug } },
            body: { between: [partnerId, other], value, note },
          }),
        );
      } else {
        await unwrap(
          api.PATCH('/api/workspaces/{slug}/synergies/{id}', {
            params: { path: { slug, id: synergy.id } },
            body: { value, note, version: synergy.version },
          }),
        );
      }
      onSaved();
    } catch (caught) {
      setError(
        isApiError(caught) && caught.code === 'conflict'
          ? t('screen.partners.conflict')
          : problemMessage(caught, i18n),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={
        synergy === undefined ? t('screen.partners.synergy.add') : t('screen.partners.synergy.edit')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !ready }}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('screen.partners.synergy.other')} required>
          {synergy === undefined ? (
            <Select<string>
              showSearch={{ filterOption: false, onSearch: setSearch }}
              aria-label={t('screen.partners.synergy.other')}
              placeholder={t('screen.partners.synergy.pickPartner')}
              value={other ?? null}
              onChange={setOther}
              options={options}
            />
          ) : (
            <Input
              aria-label={t('screen.partners.synergy.other')}
              readOnly
              value={synergy.between[0] === partnerId ? synergy.between[1] : synergy.between[0]}
            />
          )}
        </Form.Item>
      </Form>
      <DistributionEditor
        label={t('screen.partners.synergy.value')}
        draft={draft}
        onChange={setDraft}
        allowNone={false}
        chart={false}
      />
      <Form layout="vertical" component="div" style={{ marginTop: 12 }}>
        <Form.Item label={t('screen.partners.synergy.note')}>
          <Input.TextArea
            aria-label={t('screen.partners.synergy.note')}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
      </Form>
      {error === undefined ? null : <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
