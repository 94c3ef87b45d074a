/**
 * The partner portal: what a partner's contact (role `partner`) sees of the workspace.
 * `/w/:slug/portal` lists the agreements its organisation is party to and their
 * obligations; `/w/:slug/portal/<code>` is one agreement. The server filters every list
 * to the partner's own, and answers "not found" for anyone else's agreement.
 */
import { Card, Empty, Flex, List, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { workspacePath } from '../../app/paths';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { LinkButton } from '../../components/LinkButton';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { PortalAgreement } from './PortalAgreement';

export const portalAgreementPath = (slug: string, code: string) =>
  `${workspacePath(slug, 'portal')}/${encodeURIComponent(code)}`;

export default function PortalPage() {
  const rest = useParams()['*'] ?? '';
  const code = decodeURIComponent(rest.split('/')[0] ?? '');
  return code === '' ? <PortalHome /> : <PortalAgreement key={code} code={code} />;
}

function PortalHome() {
  const { t, formatDate } = useI18n();
  const { slug } = useCurrentWorkspace();
  const path = { params: { path: { slug } } };
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/api/workspaces/{slug}/agreements', path)),
        unwrap(api.GET('/api/workspaces/{slug}/obligations', path)),
      ]),
    [slug],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const [agreements, obligations] = loaded.data;
  return (
    <PageLayout title={t('nav.portal')} description={t('screen.portal.description')}>
      {agreements.length === 0 ? (
        <Empty description={t('screen.portal.none')} />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <List
              dataSource={[...agreements]}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <LinkButton key="open" to={portalAgreementPath(slug, a.code)}>
                      {t('screen.seat.portal.open')}
                    </LinkButton>,
                  ]}
                >
                  {`${a.title} (${a.code}) · ${t('screen.agreements.termRange', {
                    start: formatDate(a.start),
                    end: a.end === null ? '' : formatDate(a.end),
                  })}`}
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('screen.portal.obligations')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...obligations]}
              columns={[
                { title: t('screen.portal.title'), dataIndex: 'title' },
                { title: t('nav.agreements'), dataIndex: 'agreement' },
                { title: t('screen.portal.owner'), dataIndex: 'owner' },
                { title: t('screen.portal.due'), render: (_, o) => formatDate(o.dueDate) },
                { title: t('screen.portal.state'), render: (_, o) => <Tag>{o.state}</Tag> },
              ]}
            />
          </Card>
        </Flex>
      )}
    </PageLayout>
  );
}
