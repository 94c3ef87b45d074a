/**
 * The partner's exit plan: five steps (notice, IP, data, final settlement, announcement),
 * each done only with an owner and evidence; its progress; the dates the agreements'
 * notice periods set; the final settlement run from the ledger; and "Mark exited", which
 * the server allows only once every step is done (the partner's agreements then end).
 * A plan starts here or with a review's exit.
 */
import { App, Button, Card, Flex, Input, Progress, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { ExitPlan } from '../../../api/types';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PartnerView } from '../views';
import { ExitStepList } from './ExitStepList';

/** Only these statuses can have a plan to read (reading a missing one would be a 404). */
const HAS_PLAN: ReadonlySet<PartnerView['status']> = new Set(['exiting', 'exited']);
const CAN_START: ReadonlySet<PartnerView['status']> = new Set([
  'active',
  'under-review',
  'exiting',
]);

export function ExitPlanCard({
  slug,
  partner,
  canWrite,
  onPartnerChanged,
  changes,
}: {
  readonly slug: string;
  readonly partner: PartnerView;
  readonly canWrite: boolean;
  readonly onPartnerChanged: (partner: PartnerView) => void;
  /** Bumped when a review may have started the plan. */
  readonly changes: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [plan, setPlan] = useState<ExitPlan | null | undefined>();
  const [owner, setOwner] = useState('');
  const [busy, setBusy] = useState(false);
  const path = { path: { slug, key: partner.id } };
  const readable = HAS_PLAN.has(partner.status);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `changes` asks for the plan again.
  useEffect(() => {
    if (!readable) return;
    let live = true;
    unwrap(api.GET('/api/workspaces/{slug}/partners/{key}/exit-plan', { params: path })).then(
      (answer) => live && setPlan(answer),
      () => live && setPlan(null),
    );
    return () => {
      live = false;
    };
  }, [slug, partner.id, readable, changes]);

  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    try {
      await what();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    act(async () => {
      setPlan(
        await unwrap(
          api.POST('/api/workspaces/{slug}/partners/{key}/exit-plan', {
            params: path,
            body: owner.trim() === '' ? {} : { owner: owner.trim() },
          }),
        ),
      );
      void message.success(t('screen.partners.exit.started'));
    });
  const finalSettlement = () =>
    act(async () => {
      const answer = await unwrap(
        api.POST('/api/workspaces/{slug}/partners/{key}/exit-plan/final-settlement', {
          params: path,
          body: {},
        }),
      );
      setPlan(answer.plan);
      void message.success(
        t('screen.partners.exit.settled', { statements: answer.statements.length }),
      );
    });
  const markExited = () =>
    act(async () => {
      const next = await unwrap(
        api.POST('/api/workspaces/{slug}/partners/{id}/status', {
          params: { path: { slug, id: partner.id } },
          body: { to: 'exited', version: partner.version },
        }),
      );
      void message.success(t('screen.partners.exit.exited'));
      onPartnerChanged(next);
    });

  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.partners.exit.title')}</h2>;
  if (plan === undefined || plan === null) {
    return (
      <Card title={title} data-testid="exit-plan">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('screen.partners.exit.none')}</Typography.Text>
          {canWrite && CAN_START.has(partner.status) ? (
            <Flex gap={8} wrap>
              <Input
                aria-label={t('screen.partners.exit.owner')}
                placeholder={t('screen.partners.exit.ownerPlaceholder')}
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
                style={{ width: 260 }}
              />
              <Button loading={busy} onClick={() => void start()}>
                {t('screen.partners.exit.start')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Card>
    );
  }

  const { done, total, complete } = plan.progress;
  const exitable = complete && partner.status === 'exiting';
  const exitedButton = (
    <Button type="primary" disabled={!exitable} loading={busy} onClick={() => void markExited()}>
      {t('screen.partners.exit.markExited')}
    </Button>
  );
  return (
    <Card title={title} data-testid="exit-plan">
      <Flex vertical gap={12}>
        <Progress
          percent={Math.round((done / total) * 100)}
          aria-label={t('screen.partners.exit.progress', { done, total })}
          format={() => t('screen.partners.exit.progress', { done, total })}
        />
        {plan.schedule === null ? null : (
          <Typography.Text type="secondary" data-testid="exit-schedule">
            {sayMessage(i18n, plan.schedule.because, '')}
          </Typography.Text>
        )}
        <ExitStepList
          slug={slug}
          partnerKey={partner.id}
          plan={plan}
          canWrite={canWrite && partner.status !== 'exited'}
          onChanged={setPlan}
        />
        {canWrite &&
        partner.status === 'exiting' &&
        !plan.steps.some((s) => s.key === 'final-settlement' && s.done) ? (
          <Button
            data-testid="final-settlement"
            loading={busy}
            onClick={() => void finalSettlement()}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('screen.partners.exit.runFinalSettlement')}
          </Button>
        ) : null}
        {partner.status === 'exited' ? (
          <Typography.Text strong>{t('screen.partners.exit.isExited')}</Typography.Text>
        ) : canWrite ? (
          exitable ? (
            exitedButton
          ) : (
            <Tooltip title={t('screen.partners.exit.notYet')}>
              <span style={{ alignSelf: 'flex-start' }}>{exitedButton}</span>
            </Tooltip>
          )
        ) : null}
      </Flex>
    </Card>
  );
}
