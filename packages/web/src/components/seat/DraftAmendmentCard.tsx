/**
 * A draft amendment on the team's agreement page: who opened it and why (the review,
 * linked), what it changes so far, and for an editor: edit it (the agreement page's
 * editor), propose it to every party, or discard it. A partner's contact never gets one.
 */
import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { Amendment, ReviewDecision } from '../../api/types';
import { partnerPath } from '../../app/record-paths';
import { useI18n } from '../../i18n/I18nProvider';
import { Tone } from '../Tone';
import { AmendmentDiff } from './AmendmentDiff';
import { type SeatProps, type TermsInForce, termsInForce } from './seat';

const DECISIONS = new Set<string>(['continue', 'adjust', 'renegotiate', 'exit']);

export function DraftAmendmentCard({
  draft,
  amendments,
  onChanged,
  ...props
}: SeatProps & {
  readonly draft: Amendment;
  readonly amendments: readonly Amendment[];
  readonly onChanged: () => void;
}) {
  const { slug, agreement, seat, partyName, renderDraftEditor } = props;
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const canEdit = seat.kind === 'team' && seat.canWrite;
  const inForce: TermsInForce = termsInForce(agreement, amendments);
  const path = { slug, id: agreement.code, version: draft.version };
  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await run();
      void message.success(done);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const propose = () =>
    act(
      () =>
        unwrap(
          api.PATCH('/api/workspaces/{slug}/agreements/{id}/amendments/{version}', {
            params: { path },
            body: { propose: true },
          }),
        ),
      t('screen.drafts.proposed'),
    );
  const discard = () =>
    act(
      () =>
        unwrap(
          api.DELETE('/api/workspaces/{slug}/agreements/{id}/amendments/{version}', {
            params: { path },
          }),
        ),
      t('screen.drafts.discarded'),
    );
  const origin = draft.origin;
  const decision =
    origin !== null && DECISIONS.has(origin.decision)
      ? t(`screen.partners.review.decision.${origin.decision as ReviewDecision}`)
      : (origin?.decision ?? '');
  return (
    <Card
      size="small"
      data-testid={`amendment-${draft.version}`}
      title={
        <>
          {t('screen.seat.amendments.version', {
            version: draft.version,
            date: formatDate(draft.effectiveFrom),
          })}{' '}
          <Tone color="orange">{t('screen.drafts.status')}</Tone>
        </>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text data-testid="draft-origin">
          {draft.openedBy === null
            ? t('screen.drafts.openedBySomeone', { date: formatDate(draft.createdAt) })
            : t('screen.drafts.openedBy', {
                who: draft.openedBy,
                date: formatDate(draft.createdAt),
              })}
          {origin === null ? null : (
            <>
              {' '}
              {t('screen.drafts.because', {
                partner: partyName(origin.partner),
                start: formatDate(origin.periodStart),
                end: formatDate(origin.periodEnd),
                decision,
              })}{' '}
              (
              <Link
                to={`${partnerPath(slug, origin.partner)}?tab=reviews`}
                // Inside a sentence a link is told apart by more than its colour (WCAG 1.4.1).
                style={{ textDecoration: 'underline' }}
              >
                {t('screen.drafts.openReview')}
              </Link>
              )
            </>
          )}
        </Typography.Text>
        {editing && renderDraftEditor !== undefined ? (
          renderDraftEditor({
            draft,
            inForce,
            onClose: () => setEditing(false),
            onChanged: () => {
              setEditing(false);
              onChanged();
            },
          })
        ) : (
          <>
            {draft.diff.length === 0 ? (
              <Typography.Text type="secondary">{t('screen.drafts.unchanged')}</Typography.Text>
            ) : (
              <AmendmentDiff diff={draft.diff} label={t('screen.drafts.diff')} />
            )}
            {canEdit ? (
              <Flex gap={8} wrap>
                {renderDraftEditor === undefined ? null : (
                  <Button type="primary" onClick={() => setEditing(true)}>
                    {t('screen.drafts.edit')}
                  </Button>
                )}
                <Button
                  loading={busy}
                  disabled={draft.diff.length === 0}
                  onClick={() => void propose()}
                >
                  {t('screen.drafts.propose')}
                </Button>
                <Popconfirm
                  title={t('screen.drafts.discardConfirm')}
                  okText={t('screen.drafts.discard')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void discard()}
                >
                  <Button danger loading={busy}>
                    {t('screen.drafts.discard')}
                  </Button>
                </Popconfirm>
              </Flex>
            ) : null}
          </>
        )}
        {failure === undefined ? null : (
          <Alert type="error" showIcon title={problemMessage(failure, i18n)} />
        )}
      </Flex>
    </Card>
  );
}
