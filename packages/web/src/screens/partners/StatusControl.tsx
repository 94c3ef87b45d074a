/**
 * The partner's status and the lifecycle moves allowed from it (one button each). A move
 * the server refuses (someone moved it meanwhile) comes back with the current record, or
 * with the moves the server allows, and the buttons follow.
 */
import { Alert, App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusLabel } from './labels';
import { allowedMoves, isStatus, type PartnerStatus } from './lifecycle';
import { isPartnerView, type PartnerView as Partner } from './views';

export function StatusControl({
  slug,
  partner,
  canWrite,
  onChanged,
}: {
  readonly slug: string;
  readonly partner: Partner;
  readonly canWrite: boolean;
  readonly onChanged: (partner: Partner) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [busy, setBusy] = useState<PartnerStatus | undefined>();
  const [refused, setRefused] = useState<{ status: PartnerStatus; moves: PartnerStatus[] }>();
  const moves =
    refused !== undefined && refused.status === partner.status
      ? refused.moves
      : allowedMoves(partner.status);

  const move = async (to: PartnerStatus) => {
    setBusy(to);
    try {
      const next = await unwrap(
        api.POST('/api/workspaces/{slug}/partners/{id}/status', {
          params: { path: { slug, id: partner.id } },
          body: { to, version: partner.version },
        }),
      );
      setRefused(undefined);
      void message.success(t('screen.partners.statusChanged', { status: statusLabel(t, to) }));
      onChanged(next);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const current = error.problem?.current;
        if (isPartnerView(current)) onChanged(current);
        const allowed = error.problem?.allowed;
        if (allowed !== undefined) {
          setRefused({ status: partner.status, moves: allowed.filter(isStatus) });
          void message.warning(t('screen.partners.statusRefused'));
          return;
        }
        void message.warning(t('screen.partners.conflict'));
        return;
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Flex gap={12} align="center" wrap role="group" aria-label={t('screen.partners.col.status')}>
      <Typography.Text strong data-testid="partner-status">
        {t('screen.partners.statusCurrent', { status: statusLabel(t, partner.status) })}
      </Typography.Text>
      {moves.length === 0 ? (
        <Tag>{t('screen.partners.statusFinal')}</Tag>
      ) : canWrite ? (
        <>
          <Typography.Text type="secondary">{t('screen.partners.statusMove')}</Typography.Text>
          {moves.map((to) => (
            <Button
              key={to}
              size="small"
              loading={busy === to}
              disabled={busy !== undefined && busy !== to}
              onClick={() => void move(to)}
            >
              {statusLabel(t, to)}
            </Button>
          ))}
        </>
      ) : null}
      {refused !== undefined && refused.status === partner.status ? (
        <Alert type="warning" showIcon title={t('screen.partners.statusRefused')} />
      ) : null}
    </Flex>
  );
}
