/**
 * Uncertain weights (SMAA): the criteria ranked by importance with up/down buttons (most
 * important first; keyboard operable, no dragging), the unranked ones beside, and an
 * optional [low, high] bound on each weight. The server's errors show at their fields.
 */
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, List, Space, Typography } from 'antd';
import { FieldGroupError, useFieldError, useListFieldError } from '../../components/FieldErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { type DraftCriterion, moveInOrder, type RangeInput, type SmaaForm } from './draft';

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly form: SmaaForm;
  readonly disabled: boolean;
  readonly onChange: (form: SmaaForm) => void;
}

export function SmaaPanel({ criteria, form, disabled, onChange }: Props) {
  const { t } = useI18n();
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const ranked = form.order.flatMap((key) => byKey.get(key) ?? []);
  const unranked = criteria.filter((c) => !form.order.includes(c.key));
  const label = (c: DraftCriterion) => (c.name.trim() === '' ? c.id : c.name);
  const orderError = useListFieldError(['weighting', 'order']);

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('screen.criteria.smaaHint')}</Typography.Text>
      <div>
        <Typography.Title level={3} style={{ fontSize: 14 }} id="smaa-order-title">
          {t('screen.criteria.smaaOrderTitle')}
        </Typography.Title>
        <List
          aria-labelledby="smaa-order-title"
          data-testid="smaa-order"
          bordered
          size="small"
          locale={{ emptyText: t('screen.criteria.smaaOrderEmpty') }}
          dataSource={ranked}
          renderItem={(c, k) => (
            <List.Item
              data-testid={`smaa-ranked-${c.key}`}
              actions={[
                <Button
                  key="up"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={disabled || k === 0}
                  aria-label={t('screen.criteria.smaaUp', { name: label(c) })}
                  onClick={() => onChange({ ...form, order: moveInOrder(form.order, c.key, -1) })}
                />,
                <Button
                  key="down"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={disabled || k === ranked.length - 1}
                  aria-label={t('screen.criteria.smaaDown', { name: label(c) })}
                  onClick={() => onChange({ ...form, order: moveInOrder(form.order, c.key, 1) })}
                />,
                <Button
                  key="unrank"
                  size="small"
                  disabled={disabled}
                  aria-label={t('screen.criteria.smaaUnrankNamed', { name: label(c) })}
                  onClick={() =>
                    onChange({ ...form, order: form.order.filter((key) => key !== c.key) })
                  }
                >
                  {t('screen.criteria.smaaUnrank')}
                </Button>,
              ]}
            >
              <Typography.Text>
                {k + 1}. {label(c)}
              </Typography.Text>
            </List.Item>
          )}
        />
        {orderError.help === undefined ? null : (
          <Typography.Text type="danger" role="alert">
            {orderError.help}
          </Typography.Text>
        )}
        {unranked.length === 0 ? null : (
          <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('screen.criteria.smaaUnranked')}</Typography.Text>
            {unranked.map((c) => (
              <Button
                key={c.key}
                size="small"
                disabled={disabled}
                aria-label={t('screen.criteria.smaaRankNamed', { name: label(c) })}
                onClick={() => onChange({ ...form, order: [...form.order, c.key] })}
              >
                {t('screen.criteria.smaaRank', { name: label(c) })}
              </Button>
            ))}
          </Flex>
        )}
      </div>
      <div data-testid="smaa-ranges">
        <Typography.Title level={3} style={{ fontSize: 14 }}>
          {t('screen.criteria.smaaRangesTitle')}
        </Typography.Title>
        <FieldGroupError path={['weighting', 'ranges']} />
        <Flex vertical gap={4}>
          {criteria.map((c) => (
            <RangeRow
              key={c.key}
              criterion={c}
              label={label(c)}
              range={form.ranges[c.key] ?? {}}
              disabled={disabled}
              onChange={(range) =>
                onChange({ ...form, ranges: { ...form.ranges, [c.key]: range } })
              }
            />
          ))}
        </Flex>
      </div>
    </Flex>
  );
}

function RangeRow(props: {
  readonly criterion: DraftCriterion;
  readonly label: string;
  readonly range: RangeInput;
  readonly disabled: boolean;
  readonly onChange: (range: RangeInput) => void;
}) {
  const { criterion, label, range, disabled, onChange } = props;
  const { t } = useI18n();
  const error = useFieldError(['weighting', 'ranges', criterion.id]);
  const end = (value: number | null) => (value === null ? undefined : value);
  return (
    <Form.Item label={label} style={{ marginBottom: 4 }} {...error}>
      <Space>
        <InputNumber
          aria-label={t('screen.criteria.smaaLow', { name: label })}
          min={0}
          max={1}
          step={0.05}
          value={range.low ?? null}
          disabled={disabled}
          placeholder="0"
          onChange={(v) => {
            const { low: _, ...rest } = range;
            const low = end(v);
            onChange(low === undefined ? rest : { ...rest, low });
          }}
        />
        <span>–</span>
        <InputNumber
          aria-label={t('screen.criteria.smaaHigh', { name: label })}
          min={0}
          max={1}
          step={0.05}
          value={range.high ?? null}
          disabled={disabled}
          placeholder="1"
          onChange={(v) => {
            const { high: _, ...rest } = range;
            const high = end(v);
            onChange(high === undefined ? rest : { ...rest, high });
          }}
        />
      </Space>
    </Form.Item>
  );
}
