/**
 * The criteria as an editable table: identifier (new criteria only), name, kind, and the
 * weight: a slider that keeps the sum at 1 when the weights are direct, or the weight the
 * AHP grid derives (read-only) when they come from pairwise comparison.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Slider, Table, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftCriterion } from './draft';

interface Props {
  readonly criteria: readonly DraftCriterion[];
  /** Direct weights (editable) or the AHP weights (read-only). */
  readonly weights: readonly number[];
  readonly editableWeights: boolean;
  readonly disabled: boolean;
  readonly onChange: (k: number, patch: Partial<DraftCriterion>) => void;
  readonly onWeight: (k: number, value: number) => void;
  readonly onRemove: (k: number) => void;
}

export function CriteriaTable(props: Props) {
  const { criteria, weights, editableWeights, disabled, onChange, onWeight, onRemove } = props;
  const { t, formatPercent } = useI18n();
  const rows = criteria.map((c, k) => ({ ...c, k }));
  const kindOptions = (['benefit', 'cost'] as const).map((kind) => ({
    value: kind,
    label: t(`screen.criteria.kind.${kind}`),
  }));

  return (
    <Table
      aria-label={t('screen.criteria.tableLabel')}
      dataSource={rows}
      rowKey="key"
      pagination={false}
      size="middle"
      columns={[
        {
          key: 'id',
          title: t('screen.criteria.colId'),
          width: 170,
          render: (_, row) =>
            row.added ? (
              <Input
                aria-label={t('screen.criteria.idLabel', { index: row.k + 1 })}
                value={row.id}
                disabled={disabled}
                onChange={(e) => onChange(row.k, { id: e.target.value.trim() })}
              />
            ) : (
              <Typography.Text code>{row.id}</Typography.Text>
            ),
        },
        {
          key: 'name',
          title: t('screen.criteria.colName'),
          render: (_, row) => (
            <Input
              aria-label={t('screen.criteria.nameLabel', { id: row.id })}
              value={row.name}
              disabled={disabled}
              onChange={(e) => onChange(row.k, { name: e.target.value })}
            />
          ),
        },
        {
          key: 'kind',
          title: t('screen.criteria.colKind'),
          width: 230,
          render: (_, row) => (
            <Select
              aria-label={t('screen.criteria.kindLabel', { id: row.id })}
              value={row.kind}
              options={kindOptions}
              disabled={disabled}
              onChange={(kind) => onChange(row.k, { kind })}
              style={{ width: '100%' }}
            />
          ),
        },
        {
          key: 'weight',
          title: t('screen.criteria.colWeight'),
          width: 340,
          render: (_, row) => {
            const w = weights[row.k] ?? 0;
            return editableWeights ? (
              <Flex gap={8} align="center">
                <Slider
                  ariaLabelForHandle={t('screen.criteria.weightLabel', { id: row.id })}
                  min={0}
                  max={1}
                  step={0.001}
                  value={w}
                  disabled={disabled}
                  onChange={(v: number) => onWeight(row.k, v)}
                  tooltip={{ formatter: (v) => (v === undefined ? null : formatPercent(v)) }}
                  style={{ flex: 1 }}
                />
                <InputNumber
                  aria-label={t('screen.criteria.weightLabel', { id: row.id })}
                  min={0}
                  max={1}
                  step={0.01}
                  value={Number(w.toFixed(4))}
                  disabled={disabled}
                  onChange={(v) => {
                    if (typeof v === 'number') onWeight(row.k, v);
                  }}
                  style={{ width: 90 }}
                />
              </Flex>
            ) : (
              <span data-testid={`weight-${row.id}`}>{formatPercent(w, 1)}</span>
            );
          },
        },
        {
          key: 'remove',
          width: 56,
          render: (_, row) => (
            <Tooltip title={t('screen.criteria.remove', { id: row.id })}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('screen.criteria.remove', { id: row.id })}
                disabled={disabled}
                onClick={() => onRemove(row.k)}
              />
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
