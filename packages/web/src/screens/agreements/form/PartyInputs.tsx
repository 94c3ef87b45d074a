/**
 * One input per party for a map keyed by party (ownership shares, a tier's shares, a cost
 * split, caps, background IP): `name` is the map's (relative) name, `at` its absolute path.
 */
import { Flex, Input, InputNumber, Typography } from 'antd';
import type { NamePath } from '../../../api/field-paths';
import { FieldGroupError } from '../../../components/FieldErrors';
import { FormField } from '../../../components/FormField';
import { useI18n } from '../../../i18n/I18nProvider';

export type PartyInputKind = 'share' | 'amount' | 'text';

export function PartyInputs({
  name,
  at,
  label,
  parties,
  partyName,
  kind,
  help,
}: {
  readonly name: NamePath;
  readonly at: NamePath;
  readonly label: string;
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
  readonly kind: PartyInputKind;
  readonly help?: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
      <legend style={{ fontSize: 14, marginBottom: 4, border: 0 }}>{label}</legend>
      {help === undefined ? null : (
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
          {help}
        </Typography.Paragraph>
      )}
      <FieldGroupError path={at} />
      <Flex gap={8} wrap>
        {parties.map((party) => {
          const aria = t('screen.agreements.form.forParty', {
            field: label,
            party: partyName(party),
          });
          return (
            <FormField
              key={party}
              name={[...name, party]}
              at={[...at, party]}
              label={partyName(party)}
              style={{ marginBottom: 8, minWidth: kind === 'text' ? 280 : 160 }}
            >
              {kind === 'amount' ? (
                <InputNumber aria-label={aria} min={0} style={{ width: 160 }} />
              ) : kind === 'share' ? (
                <Input
                  aria-label={aria}
                  placeholder={t('screen.agreements.form.sharePlaceholder')}
                  style={{ width: 160 }}
                />
              ) : (
                <Input aria-label={aria} />
              )}
            </FormField>
          );
        })}
      </Flex>
    </fieldset>
  );
}
