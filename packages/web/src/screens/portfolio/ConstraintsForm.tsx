/**
 * The portfolio's constraints as a form, loaded from and saved to the workspace settings:
 * resources, floors per partner kind, max partners, pairs, include/exclude, coverage,
 * groups, score floor, objective and coordination cost (flat, or by kind with overhead bands). Conflict paths link here
 * (each section and row has the id `constraint-paths.ts` computes).
 */
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { CoordinationFields } from './CoordinationFields';
import { type ConstraintSection, sectionAnchor } from './constraint-paths';
import { PARTNER_KINDS, type PartnerKind } from './constraint-values';
import { GroupsList } from './GroupsList';
import { PairsList } from './PairsList';
import { PARTNER_SEARCH, type PartnerOption } from './partner-options';
import { ResourcesList } from './ResourcesList';
import type { ConstraintsFormState } from './use-constraints-form';

export interface ConstraintsFormProps {
  readonly state: ConstraintsFormState;
  readonly options: readonly PartnerOption[];
  readonly offers: readonly string[];
  readonly canEdit: boolean;
}

export function ConstraintsForm({ state, options, offers, canEdit }: ConstraintsFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { form } = state;
  const disabled = !canEdit;
  const cover = Form.useWatch('cover', form) ?? [];
  const offerOptions = [...new Set([...offers, ...cover])]
    .sort()
    .map((o) => ({ value: o, label: o }));

  const anchored = (section: ConstraintSection, children: React.ReactNode, item?: PartnerKind) => (
    <div id={sectionAnchor(section, item)}>{children}</div>
  );
  const partnerSelect = (name: 'include' | 'exclude') =>
    anchored(
      name,
      <Form.Item
        name={name}
        label={t(`screen.portfolio.${name}.label`)}
        extra={t(`screen.portfolio.${name}.help`)}
      >
        <Select
          mode="multiple"
          options={[...options]}
          showSearch={PARTNER_SEARCH}
          placeholder={t('screen.portfolio.choosePartners')}
          disabled={disabled}
        />
      </Form.Item>,
    );

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.constraints.title')}</h2>}
    >
      <Form
        form={form}
        name="pf-constraints"
        layout="vertical"
        onValuesChange={state.markDirty}
        onFinish={() => void state.save()}
        disabled={disabled}
      >
        <Flex vertical gap={16}>
          {state.reloadedAfterConflict ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('screen.portfolio.constraints.conflict')}
            />
          ) : null}
          {state.error === undefined ? null : (
            <Alert type="error" showIcon role="alert" title={problemMessage(state.error, i18n)} />
          )}
          <ResourcesList disabled={disabled} />
          <section aria-labelledby="pf-kinds-title" id={sectionAnchor('minPerKind')}>
            <Typography.Title level={3} id="pf-kinds-title" style={{ fontSize: 15 }}>
              {t('screen.portfolio.minPerKind.title')}
            </Typography.Title>
            <Row gutter={16}>
              {PARTNER_KINDS.map((kind) => (
                <Col key={kind} xs={12} md={6}>
                  {anchored(
                    'minPerKind',
                    <Form.Item
                      name={['minPerKind', kind]}
                      label={t(`screen.portfolio.kind.${kind}`)}
                    >
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>,
                    kind,
                  )}
                </Col>
              ))}
            </Row>
          </section>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              {anchored(
                'maxPartners',
                <Form.Item
                  name="maxPartners"
                  label={t('screen.portfolio.maxPartners.label')}
                  extra={t('screen.portfolio.noLimit')}
                >
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>,
              )}
            </Col>
            <Col xs={24} md={8}>
              {anchored(
                'minScore',
                <Form.Item
                  name="minScore"
                  label={t('screen.portfolio.minScore.label')}
                  extra={t('screen.portfolio.minScore.help')}
                >
                  <InputNumber step={0.05} style={{ width: '100%' }} />
                </Form.Item>,
              )}
            </Col>
            <Col xs={24} md={8}>
              {anchored(
                'objective',
                <Form.Item name="objective" label={t('screen.portfolio.objective.label')}>
                  <Radio.Group
                    options={[
                      { value: 'net', label: t('screen.portfolio.objective.net') },
                      { value: 'score', label: t('screen.portfolio.objective.score') },
                    ]}
                  />
                </Form.Item>,
              )}
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              {partnerSelect('include')}
            </Col>
            <Col xs={24} md={8}>
              {partnerSelect('exclude')}
            </Col>
            <Col xs={24} md={8}>
              {anchored(
                'cover',
                <Form.Item
                  name="cover"
                  label={t('screen.portfolio.cover.label')}
                  extra={t('screen.portfolio.cover.help')}
                >
                  <Select
                    mode="multiple"
                    options={offerOptions}
                    placeholder={t('screen.portfolio.cover.placeholder')}
                  />
                </Form.Item>,
              )}
            </Col>
          </Row>
          <CoordinationFields disabled={disabled} />
          <PairsList name="exclusive" options={options} disabled={disabled} />
          <PairsList name="requires" options={options} disabled={disabled} />
          <GroupsList options={options} disabled={disabled} />
          <Flex gap={8} align="center" wrap>
            <Button
              type="primary"
              htmlType="submit"
              loading={state.saving}
              disabled={disabled || !state.dirty}
            >
              {t('screen.portfolio.constraints.save')}
            </Button>
            <Button onClick={state.reset} disabled={disabled || !state.dirty}>
              {t('screen.portfolio.constraints.discard')}
            </Button>
            <Typography.Text type="secondary" aria-live="polite">
              {canEdit
                ? state.dirty
                  ? t('screen.portfolio.constraints.unsaved')
                  : t('screen.portfolio.constraints.saved')
                : t('screen.portfolio.readOnly')}
            </Typography.Text>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
