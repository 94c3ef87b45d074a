/**
 * The portfolio we run against the proposed one: current S (with its p5–p95 from this
 * browser's Monte Carlo) beside proposed S, ΔS and the costs of the move, then each partner
 * kept, exited or added with its cost. A user pins partners with keep or exit locks and
 * solves again; partners left out for their status are listed with it.
 */
import { Alert, Button, Card, Col, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { partnerStatusText } from '../../components/partner-status';
import { Tone } from '../../components/Tone';
import type { SimulationSummary } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { type Lock, type Locks, type MovePlan, type MoveRow, setLock } from './move-plan';

interface Props {
  readonly plan: MovePlan;
  readonly current: SimulationSummary | undefined;
  readonly unit: string;
  /** The locks the plan was solved under. */
  readonly locks: Locks;
  readonly canSolve: boolean;
  readonly solving: boolean;
  readonly onSolve: (locks: Locks) => void;
}

const TONE = { keep: 'green', add: 'blue', exit: 'orange' } as const;

export function MoveSection({ plan, current, unit, locks, canSolve, solving, onSolve }: Props) {
  const { t, formatNumber } = useI18n();
  const [draft, setDraft] = useState<Locks>(locks);
  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  const changed = JSON.stringify(draft) !== JSON.stringify(locks);
  const lockOf = (row: MoveRow): Lock | 'none' => draft[row.id] ?? 'none';

  return (
    <Card
      data-testid="move-plan"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.move.title')}</h2>}
    >
      <Flex vertical gap={16}>
        <Row gutter={[24, 16]}>
          <Col xs={12} md={8} lg={4}>
            <div data-testid="current-s">
              <Statistic
                title={t('screen.dashboard.move.currentS', { unit })}
                value={plan.currentS === null ? '—' : number(plan.currentS)}
              />
            </div>
            {current === undefined ? null : (
              <Typography.Text type="secondary" data-testid="current-band">
                {t('screen.dashboard.move.band', {
                  p5: number(current.p5),
                  p95: number(current.p95),
                })}
              </Typography.Text>
            )}
          </Col>
          <Col xs={12} md={8} lg={4}>
            <div data-testid="proposed-s">
              <Statistic
                title={t('screen.dashboard.move.proposedS', { unit })}
                value={number(plan.proposedS)}
              />
            </div>
          </Col>
          <Col xs={12} md={8} lg={4}>
            <div data-testid="delta-s">
              <Statistic title={t('screen.dashboard.move.deltaS')} value={number(plan.deltaS)} />
            </div>
          </Col>
          <Col xs={12} md={8} lg={4}>
            <div data-testid="exit-cost">
              <Statistic
                title={t('screen.dashboard.move.exitCost')}
                value={number(plan.exitCost)}
              />
            </div>
          </Col>
          <Col xs={12} md={8} lg={4}>
            <Statistic
              title={t('screen.dashboard.move.onboardingCost')}
              value={number(plan.onboardingCost)}
            />
          </Col>
          <Col xs={12} md={8} lg={4}>
            <div data-testid="move-gain">
              <Statistic title={t('screen.dashboard.move.gain')} value={number(plan.gain)} />
            </div>
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('screen.dashboard.move.hint')}</Typography.Text>
        <Table<MoveRow>
          aria-label={t('screen.dashboard.move.tableLabel')}
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={[...plan.rows]}
          onRow={(row) => ({ 'data-testid': `move-row-${row.id}` }) as object}
          columns={[
            { key: 'name', title: t('screen.dashboard.move.partner'), dataIndex: 'name' },
            {
              key: 'change',
              title: t('screen.dashboard.move.change'),
              render: (_, row) => (
                <span data-testid={`change-${row.id}`} data-change={row.change}>
                  <Tone color={TONE[row.change]}>{t(`screen.dashboard.move.${row.change}`)}</Tone>
                </span>
              ),
            },
            {
              key: 'cost',
              title: t('screen.dashboard.move.cost'),
              render: (_, row) =>
                t(
                  row.change === 'add'
                    ? 'screen.dashboard.move.onboardingOf'
                    : row.change === 'exit'
                      ? 'screen.dashboard.move.exitOf'
                      : 'screen.dashboard.move.exitAvoided',
                  { cost: number(row.cost) },
                ),
            },
            {
              key: 'lock',
              title: t('screen.dashboard.move.lock'),
              render: (_, row) => (
                <Segmented<Lock | 'none'>
                  size="small"
                  aria-label={t('screen.dashboard.move.lockLabel', { name: row.name })}
                  disabled={!canSolve}
                  value={lockOf(row)}
                  onChange={(value) =>
                    setDraft(setLock(draft, row.id, value === 'none' ? undefined : value))
                  }
                  options={[
                    { value: 'none', label: t('screen.dashboard.move.lockNone') },
                    { value: 'keep', label: t('screen.dashboard.move.lockKeep') },
                    { value: 'exit', label: t('screen.dashboard.move.lockExit') },
                  ]}
                />
              ),
            },
          ]}
        />
        <Flex gap={8} wrap align="center">
          <Button
            type="primary"
            disabled={!canSolve || !changed}
            loading={solving}
            onClick={() => onSolve(draft)}
          >
            {t('screen.dashboard.move.solve')}
          </Button>
          <Button
            disabled={!canSolve || Object.keys(draft).length === 0}
            onClick={() => setDraft({})}
          >
            {t('screen.dashboard.move.clearLocks')}
          </Button>
          {Object.keys(locks).length === 0 ? null : (
            <Typography.Text type="secondary" data-testid="locks-applied">
              {t('screen.dashboard.move.locksApplied', { count: Object.keys(locks).length })}
            </Typography.Text>
          )}
        </Flex>
        {plan.excluded.length === 0 ? null : (
          <Alert
            type="info"
            data-testid="move-excluded"
            title={t('screen.dashboard.move.excluded', {
              partners: plan.excluded
                .map((e) => `${e.name} (${partnerStatusText(t, e.status)})`)
                .join(t('screen.dashboard.move.separator')),
            })}
          />
        )}
      </Flex>
    </Card>
  );
}
