/** The exit plan's steps: each with its owner, due date, evidence and whether it is done; edited in a dialog. */
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Button, List, Typography, theme } from 'antd';
import { useState } from 'react';
import type { ExitPlan } from '../../../api/types';
import { useDay } from '../../../components/use-parties';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import { ExitStepModal } from './ExitStepModal';

type Step = ExitPlan['steps'][number];

export function ExitStepList({
  slug,
  partnerKey,
  plan,
  canWrite,
  onChanged,
}: {
  readonly slug: string;
  readonly partnerKey: string;
  readonly plan: ExitPlan;
  readonly canWrite: boolean;
  readonly onChanged: (plan: ExitPlan) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { token } = theme.useToken();
  const day = useDay();
  const [editing, setEditing] = useState<Step | undefined>();
  return (
    <>
      <List<Step>
        data-testid="exit-steps"
        dataSource={plan.steps as Step[]}
        renderItem={(step) => {
          const title = sayMessage(i18n, step.titleMessage, step.title);
          const details = [
            step.owner
              ? t('screen.partners.exit.ownedBy', { owner: step.owner })
              : t('screen.partners.exit.noOwner'),
            step.dueDate ? t('screen.partners.exit.dueOn', { date: day(step.dueDate) }) : undefined,
            step.done && step.doneAt
              ? t('screen.partners.exit.doneOn', { date: day(step.doneAt) })
              : undefined,
            step.evidence
              ? t('screen.partners.exit.evidenceIs', { evidence: step.evidence })
              : undefined,
          ].filter((d) => d !== undefined);
          return (
            <List.Item
              data-testid={`exit-step-${step.key}`}
              actions={
                canWrite
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        aria-label={t('screen.partners.exit.editStep', { step: title })}
                        onClick={() => setEditing(step)}
                      >
                        {t('screen.partners.exit.edit')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                avatar={
                  step.done ? (
                    <CheckCircleFilled
                      style={{ color: token.colorSuccess }}
                      aria-label={t('screen.partners.exit.done')}
                    />
                  ) : (
                    <ClockCircleOutlined
                      style={{ color: token.colorTextTertiary }}
                      aria-label={t('screen.partners.exit.open')}
                    />
                  )
                }
                title={title}
                description={
                  <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text>
                }
              />
            </List.Item>
          );
        }}
      />
      {editing === undefined ? null : (
        <ExitStepModal
          slug={slug}
          partnerKey={partnerKey}
          plan={plan}
          step={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(next) => {
            setEditing(undefined);
            onChanged(next);
          }}
        />
      )}
    </>
  );
}
