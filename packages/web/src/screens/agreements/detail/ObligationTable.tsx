/** Obligations as a table: due date with its reminder, owner, state, evidence, and an action. */
import { Button, Table, Tag, Typography } from 'antd';
import type { Obligation } from '../../../api/types';
import { Tone } from '../../../components/Tone';
import { useDay } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { STATE_COLOR, stateLabel } from '../labels';
import { reminderOf } from '../reminders';
import { nextStates } from './obligation-moves';

export function ObligationTable({
  rows,
  today,
  canWrite,
  partyName,
  onResolve,
}: {
  readonly rows: readonly Obligation[];
  readonly today: string;
  readonly canWrite: boolean;
  readonly partyName: (party: string) => string;
  readonly onResolve: (obligation: Obligation) => void;
}) {
  const { t } = useI18n();
  const day = useDay();
  return (
    <Table<Obligation>
      size="small"
      rowKey="id"
      data-testid="obligation-table"
      aria-label={t('screen.agreements.tab.obligations')}
      dataSource={rows as Obligation[]}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('screen.agreements.obligations.none') }}
      columns={[
        {
          key: 'title',
          title: t('screen.agreements.obligations.title'),
          render: (_: unknown, o: Obligation) => (
            <>
              {o.title}{' '}
              {o.kind === 'milestone' ? (
                <Tag>
                  {t('screen.agreements.obligations.milestoneTag', { id: o.milestoneId ?? '—' })}
                </Tag>
              ) : null}
            </>
          ),
        },
        {
          key: 'owner',
          title: t('screen.agreements.obligations.owner'),
          render: (_: unknown, o: Obligation) => partyName(o.owner),
        },
        {
          key: 'due',
          title: t('screen.agreements.obligations.due'),
          render: (_: unknown, o: Obligation) => {
            const reminder = reminderOf(o, today);
            return (
              <>
                {day(o.dueDate)}{' '}
                {reminder.kind === 'overdue' ? (
                  <Tone color="red">
                    {t('screen.agreements.obligations.overdue', { days: reminder.days })}
                  </Tone>
                ) : reminder.kind === 'dueSoon' ? (
                  <Tone color="orange">
                    {t('screen.agreements.obligations.dueIn', { days: reminder.days })}
                  </Tone>
                ) : null}
              </>
            );
          },
        },
        {
          key: 'state',
          title: t('screen.agreements.obligations.state'),
          render: (_: unknown, o: Obligation) => (
            <Tone color={STATE_COLOR[o.state]} data-testid="obligation-state">
              {stateLabel(t, o.state)}
            </Tone>
          ),
        },
        {
          key: 'evidence',
          title: t('screen.agreements.obligations.evidence'),
          render: (_: unknown, o: Obligation) => (
            <>
              {o.evidence === '' ? null : <Typography.Text>{o.evidence}</Typography.Text>}
              {o.resolvedAt === null ? null : (
                <Typography.Text type="secondary"> ({day(o.resolvedAt)})</Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'action',
          title: t('screen.agreements.obligations.action'),
          render: (_: unknown, o: Obligation) =>
            canWrite && nextStates(o.state).length > 0 ? (
              <Button
                size="small"
                onClick={() => onResolve(o)}
                aria-label={t('screen.agreements.obligations.recordFor', { title: o.title })}
              >
                {t('screen.agreements.obligations.record')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
