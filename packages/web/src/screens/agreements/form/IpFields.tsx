/** Intellectual property: who owns the foreground (shares adding up to 1), background, publication, licensing. */
import { Form, Input } from 'antd';
import { useFieldError } from '../../../components/FieldErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { PartyInputs } from './PartyInputs';

export function IpFields({
  parties,
  partyName,
}: {
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
}) {
  const { t } = useI18n();
  return (
    <>
      <PartyInputs
        name={['ip', 'foreground']}
        at={['ip', 'foreground']}
        label={t('screen.agreements.form.foreground')}
        help={t('screen.agreements.form.foregroundHelp')}
        kind="share"
        parties={parties}
        partyName={partyName}
      />
      <PartyInputs
        name={['ip', 'background']}
        at={['ip', 'background']}
        label={t('screen.agreements.form.background')}
        help={t('screen.agreements.form.backgroundHelp')}
        kind="text"
        parties={parties}
        partyName={partyName}
      />
      <Form.Item
        name={['ip', 'publication']}
        label={t('screen.agreements.form.publication')}
        {...useFieldError(['ip', 'publication'])}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name={['ip', 'licensing']}
        label={t('screen.agreements.form.licensing')}
        {...useFieldError(['ip', 'licensing'])}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
