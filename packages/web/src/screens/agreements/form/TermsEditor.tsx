/**
 * The money terms: revenue shares (marginal tiers, caps), cost shares (a fixed split or by
 * use) and milestone payments, added and removed freely; each in its own card.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Tooltip, Typography } from 'antd';
import { FieldGroupError } from '../../../components/FieldErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { termKindLabel } from '../labels';
import { newTerm, TERM_KINDS, type TermKind } from './agreement-values';
import { CostShareFields } from './CostShareFields';
import { MilestoneFields } from './MilestoneFields';
import { RevenueShareFields } from './RevenueShareFields';
import type { TermFieldsProps } from './term-fields';

function TermFields({ kind, ...props }: TermFieldsProps & { readonly kind: TermKind }) {
  switch (kind) {
    case 'revenueShare':
      return <RevenueShareFields {...props} />;
    case 'costShare':
      return <CostShareFields {...props} />;
    case 'milestone':
      return <MilestoneFields {...props} />;
  }
}

export function TermsEditor({
  parties,
  partyName,
}: {
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.List name="terms">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 ? (
            <Typography.Text type="secondary">
              {t('screen.agreements.form.noTerms')}
            </Typography.Text>
          ) : null}
          {fields.map((field) => {
            const kind = form.getFieldValue(['terms', field.name, 'kind']) as TermKind;
            const title = t('screen.agreements.form.termTitle', {
              n: field.name + 1,
              kind: termKindLabel(t, kind),
            });
            return (
              <Card
                key={field.key}
                size="small"
                title={<h3 style={{ fontSize: 14, margin: 0 }}>{title}</h3>}
                data-testid={`term-${field.name}`}
                extra={
                  <Tooltip title={t('screen.agreements.form.removeTerm')}>
                    <Button
                      type="text"
                      danger
                      aria-label={t('common.labelled', {
                        context: t('screen.agreements.form.removeTerm'),
                        label: title,
                      })}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                    />
                  </Tooltip>
                }
              >
                <FieldGroupError path={['terms', field.name]} />
                <TermFields
                  kind={kind}
                  index={field.name}
                  parties={parties}
                  partyName={partyName}
                />
              </Card>
            );
          })}
          <Flex gap={8} wrap>
            {TERM_KINDS.map((kind) => (
              <Button
                key={kind}
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add(newTerm(kind, parties))}
              >
                {t(`screen.agreements.form.add.${kind}`)}
              </Button>
            ))}
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
