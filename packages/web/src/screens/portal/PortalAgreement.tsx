/**
 * One agreement as a partner's contact sees it: the ledger and a period's settlement, the
 * recorded statements (accept, or dispute lines and why, as its own party; download a
 * receipt), amendments to accept, the health check and trust both ways. Another
 * partner's agreement answers "not found", as one that does not exist.
 */

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Tabs, Typography } from 'antd';
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { workspacePath } from '../../app/paths';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { partyOfPartner } from '../../components/seat/seat';
import { seatTabItems } from '../../components/seat/seat-tabs';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { PortalLedger } from './PortalLedger';

export function PortalAgreement({ code }: { readonly code: string }) {
  const { t } = useI18n();
  const { slug, workspace } = useCurrentWorkspace();
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/agreements/{id}', {
          params: { path: { slug, id: code } },
        }),
      ),
    [slug, code],
  );
  const back = (
    <LinkButton to={workspacePath(slug, 'portal')} icon={<ArrowLeftOutlined aria-hidden />}>
      {t('screen.seat.portal.back')}
    </LinkButton>
  );
  if (loaded.status === 'error') {
    const missing = isApiError(loaded.error) && loaded.error.status === 404;
    return (
      <PageLayout title={t('nav.portal')} actions={back}>
        {missing ? (
          <EmptyState compact title={t('screen.seat.portal.notFound', { id: code })} />
        ) : (
          <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
        )}
      </PageLayout>
    );
  }
  const agreement = loaded.data;
  if (agreement === undefined) {
    return (
      <PageLayout title={t('nav.portal')} actions={back}>
        <PageLoading />
      </PageLayout>
    );
  }
  const party = partyOfPartner(agreement, workspace?.partner);
  const seatProps = {
    slug,
    agreement,
    partyName: (p: string) => p,
    seat: { kind: 'partner', party },
  } as const;
  return (
    <PageLayout
      title={agreement.title}
      description={<Typography.Text code>{agreement.code}</Typography.Text>}
      actions={back}
    >
      <Tabs
        items={[
          {
            key: 'overview',
            label: t('screen.seat.portal.overview'),
            children: <PortalLedger slug={slug} agreement={agreement} />,
          },
          ...seatTabItems(t, seatProps),
        ]}
      />
    </PageLayout>
  );
}
