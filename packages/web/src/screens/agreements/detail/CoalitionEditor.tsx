/** The coalition table (v of every non-empty group of parties) and the agreed fixed split, as inputs. */
import { Col, Flex, Input, InputNumber, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type Coalition, coalitions } from '../coalitions';

export type CoalitionValues = Readonly<Record<string, number | null | undefined>>;

export function CoalitionEditor({
  parties,
  partyName,
  values,
  onValues,
  split,
  onSplit,
}: {
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
  readonly values: CoalitionValues;
  readonly onValues: (values: CoalitionValues) => void;
  readonly split: Readonly<Record<string, string>>;
  readonly onSplit: (split: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const rows = useMemo(() => coalitions(parties), [parties]);
  const nameOf = (c: Coalition) => c.members.map(partyName).join(' + ');
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={14}>
        <Table<Coalition>
          size="small"
          rowKey="key"
          pagination={false}
          data-testid="coalition-table"
          aria-label={t('screen.agreements.fair.table')}
          dataSource={rows}
          columns={[
            {
              key: 'coalition',
              title: t('screen.agreements.fair.coalition'),
              render: (_: unknown, c: Coalition) => nameOf(c),
            },
            {
              key: 'value',
              title: t('screen.agreements.fair.value'),
              width: 200,
              render: (_: unknown, c: Coalition) => (
                <InputNumber
                  aria-label={t('screen.agreements.fair.valueOf', { coalition: nameOf(c) })}
                  value={values[c.key] ?? null}
                  onChange={(v) =>
                    onValues({ ...values, [c.key]: typeof v === 'number' ? v : null })
                  }
                  style={{ width: '100%' }}
                />
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Text strong>{t('screen.agreements.fair.fixedSplit')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
          {t('screen.agreements.fair.fixedSplitHelp')}
        </Typography.Paragraph>
        <Flex vertical gap={8}>
          {parties.map((p) => (
            <Flex key={p} gap={8} align="center">
              <label htmlFor={`split-${p}`} style={{ width: 200, flex: 'none' }}>
                {partyName(p)}
              </label>
              <Input
                id={`split-${p}`}
                placeholder={t('screen.agreements.form.sharePlaceholder')}
                aria-label={t('screen.agreements.fair.splitOf', { party: partyName(p) })}
                value={split[p] ?? ''}
                onChange={(e) => onSplit({ ...split, [p]: e.target.value })}
                style={{ width: 160 }}
              />
            </Flex>
          ))}
        </Flex>
      </Col>
    </Row>
  );
}
