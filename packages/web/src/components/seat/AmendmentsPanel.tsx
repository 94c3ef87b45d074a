/**
 * The agreement's terms versions: version 1 (its own terms) and each amendment with its
 * readable diff, effective date and who accepted it; a party accepts a proposed one (a
 * partner's contact for its own party), and the team proposes new terms. A draft a review
 * opened shows as a draft (DraftAmendmentCard), for the team to edit, propose or discard.
 */
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Amendment } from '../../api/types';
import { todayUtc } from '../../app/periods';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorPanel } from '../ErrorBoundary';
import { PageLoading } from '../PageLoading';
import { Tone } from '../Tone';
import { AmendmentDiff } from './AmendmentDiff';
import { DraftAmendmentCard } from './DraftAmendmentCard';
import { answerableParties, type SeatProps } from './seat';

export function AmendmentsPanel(props: SeatProps) {
  const { slug, agreement, seat, partyName } = props;
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const path = { params: { path: { slug, id: agreement.code } } };
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/agreements/{id}/amendments', path)),
    [slug, agreement.code],
  );
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await run();
      loaded.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const all = loaded.data;
  const amendments = [...all].reverse();
  const mayAnswer = answerableParties(seat, agreement);
  const accept = (a: Amendment, party: string) =>
    act(() =>
      unwrap(
        api.POST('/api/workspaces/{slug}/agreements/{id}/amendments/{version}/acceptances', {
          params: { path: { slug, id: agreement.code, version: a.version } },
          body: { party },
        }),
      ),
    );

  return (
    <Flex vertical gap={16}>
      {seat.kind === 'team' &&
      seat.canWrite &&
      agreement.status === 'active' &&
      !loaded.data.some((a) => a.status !== 'accepted') ? (
        <ProposeForm
          {...props}
          busy={busy}
          onPropose={(document, effectiveFrom) =>
            act(() =>
              unwrap(
                api.POST('/api/workspaces/{slug}/agreements/{id}/amendments', {
                  ...path,
                  body: { document, effectiveFrom },
                }),
              ),
            )
          }
        />
      ) : null}
      {failure === undefined ? null : (
        <Alert type="error" showIcon title={problemMessage(failure, i18n)} />
      )}
      {amendments.length === 0 ? (
        <Typography.Text type="secondary">{t('screen.seat.amendments.none')}</Typography.Text>
      ) : null}
      {amendments.map((a) =>
        a.status === 'draft' ? (
          <DraftAmendmentCard
            key={a.version}
            {...props}
            draft={a}
            amendments={all}
            onChanged={loaded.reload}
          />
        ) : (
          <Card
            key={a.version}
            size="small"
            data-testid={`amendment-${a.version}`}
            title={
              <>
                {t('screen.seat.amendments.version', {
                  version: a.version,
                  date: formatDate(a.effectiveFrom),
                })}{' '}
                <Tone color={a.status === 'accepted' ? 'green' : 'blue'}>
                  {a.status === 'accepted'
                    ? t('screen.seat.amendments.acceptedStatus')
                    : t('screen.seat.amendments.proposed')}
                </Tone>
              </>
            }
          >
            <AmendmentDiff diff={a.diff} />
            <Flex vertical gap={2} style={{ marginBlock: 8 }}>
              {a.accepted.length === 0 ? null : (
                <Typography.Text>
                  {t('screen.seat.amendments.acceptedBy', {
                    parties: a.accepted.map(partyName).join(', '),
                  })}
                </Typography.Text>
              )}
              {a.awaiting.length === 0 ? null : (
                <Typography.Text>
                  {t('screen.seat.amendments.awaiting', {
                    parties: a.awaiting.map(partyName).join(', '),
                  })}
                </Typography.Text>
              )}
            </Flex>
            <Flex gap={8} wrap>
              {a.status === 'proposed'
                ? a.awaiting
                    .filter((p) => mayAnswer.includes(p))
                    .map((p) => (
                      <Button key={p} loading={busy} onClick={() => void accept(a, p)}>
                        {t('screen.seat.amendments.accept', { party: partyName(p) })}
                      </Button>
                    ))
                : null}
            </Flex>
          </Card>
        ),
      )}
      <Typography.Text type="secondary">
        {t('screen.seat.amendments.original', { date: formatDate(agreement.start) })}
      </Typography.Text>
    </Flex>
  );
}

function ProposeForm({
  agreement,
  busy,
  onPropose,
}: SeatProps & {
  readonly busy: boolean;
  readonly onPropose: (document: Record<string, unknown>, effectiveFrom: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(agreement.document, null, 2));
  const [effective, setEffective] = useState(todayUtc());
  const [bad, setBad] = useState(false);
  const submit = () => {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
      setBad(false);
      onPropose(parsed as Record<string, unknown>, effective);
    } catch {
      setBad(true);
    }
  };
  return (
    <Card size="small" title={t('screen.seat.amendments.propose')}>
      <Typography.Paragraph type="secondary">
        {t('screen.seat.amendments.proposeHelp')}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        <Input.TextArea
          aria-label={t('screen.seat.amendments.document')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 18 }}
          style={{ fontFamily: 'monospace' }}
        />
        <Flex gap={8} align="center">
          <span>{t('screen.seat.amendments.effective')}</span>
          <Input
            type="date"
            aria-label={t('screen.seat.amendments.effective')}
            value={effective}
            onChange={(e) => setEffective(e.target.value)}
            style={{ width: 160 }}
          />
          <Button type="primary" loading={busy} onClick={submit}>
            {t('screen.seat.amendments.propose')}
          </Button>
        </Flex>
        {bad ? <Alert type="error" showIcon title={t('screen.seat.amendments.badJson')} /> : null}
      </Flex>
    </Card>
  );
}
