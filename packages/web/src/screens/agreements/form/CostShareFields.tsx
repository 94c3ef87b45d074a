/** A cost share: the pool, and a fixed split (adding up to 1) or a split by each party's use. */
import { Col, Form, Input, Radio, Row } from 'antd';
import { FormField } from '../../../components/FormField';
import { useI18n } from '../../../i18n/I18nProvider';
import { PartyInputs } from './PartyInputs';
import type { TermFieldsProps } from './term-fields';

export function CostShareFields({ index, parties, partyName }: TermFieldsProps) {
  const { t } = useI18n();
  const base = ['terms', index, 'costShare'] as const;
  const byUse = Form.useWatch(['terms', index, 'costShare', 'byUse']) === true;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField
            name={[index, 'costShare', 'pool']}
            at={[...base, 'pool']}
            label={t('screen.agreements.form.pool')}
            extra={t('screen.agreements.form.poolHelp')}
          >
            <Input />
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            name={[index, 'costShare', 'byUse']}
            at={[...base, 'byUse']}
            label={t('screen.agreements.form.splitMode')}
          >
            <Radio.Group
              options={[
                { value: false, label: t('screen.agreements.form.splitFixed') },
                { value: true, label: t('screen.agreements.form.splitByUse') },
              ]}
            />
          </FormField>
        </Col>
      </Row>
      {byUse ? null : (
        <PartyInputs
          name={[index, 'costShare', 'split']}
          at={[...base, 'split']}
          label={t('screen.agreements.form.split')}
          help={t('screen.agreements.form.splitHelp')}
          kind="share"
          parties={parties}
          partyName={partyName}
        />
      )}
    </>
  );
}
