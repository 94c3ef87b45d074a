/**
 * `/`: opens the workspace you were last in (or your first); with none, explains what a
 * workspace is and lets you create one.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { workspacePath } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateWorkspaceModal } from '../../shell/CreateWorkspaceModal';
import { preferredWorkspace, useWorkspaces } from '../../workspace/WorkspacesProvider';

export default function HomePage() {
  const { t } = useI18n();
  const { workspaces } = useWorkspaces();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  if (workspaces.status === 'error') return <ErrorPanel error={workspaces.error} />;
  if (workspaces.data === undefined) return <PageLoading />;
  const preferred = preferredWorkspace(workspaces.data);
  if (preferred !== undefined) return <Navigate to={workspacePath(preferred.slug)} replace />;

  return (
    <PageLayout title={t('app.name')}>
      <EmptyState
        title={t('workspace.noneTitle')}
        description={t('workspace.noneDescription')}
        steps={[
          t('workspace.noneStepCreate'),
          t('workspace.noneStepImport'),
          t('workspace.noneStepInvite'),
        ]}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('shell.newWorkspace')}
          </Button>
        }
      />
      <CreateWorkspaceModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => void navigate(workspacePath(created.slug))}
      />
    </PageLayout>
  );
}
