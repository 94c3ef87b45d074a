/**
 * Which workspace you are in: a select of your workspaces (name and role) that keeps you
 * on the same screen in the other one, and a button that creates a new workspace.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { HOME_SCREEN, workspacePath } from '../app/screens';
import { useI18n } from '../i18n/I18nProvider';
import { useWorkspaces } from '../workspace/WorkspacesProvider';

const CreateWorkspaceModal = lazy(() =>
  import('./CreateWorkspaceModal').then((m) => ({ default: m.CreateWorkspaceModal })),
);

/** `/w/ai/ranking/x` → `ranking`. */
const screenOf = (pathname: string): string => pathname.split('/')[3] ?? HOME_SCREEN;

export function WorkspaceSwitcher({ slug }: { readonly slug: string | undefined }) {
  const { t } = useI18n();
  const { workspaces } = useWorkspaces();
  const navigate = useNavigate();
  const location = useLocation();
  const [creating, setCreating] = useState(false);
  const list = workspaces.data ?? [];

  return (
    <Flex gap={4} align="center">
      {list.length === 0 ? null : (
        <Select
          aria-label={t('shell.workspace')}
          data-testid="workspace-switcher"
          value={slug ?? null}
          placeholder={t('shell.workspace')}
          loading={workspaces.status === 'loading'}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
          onChange={(next: string) =>
            void navigate(workspacePath(next, screenOf(location.pathname)))
          }
          options={list.map((w) => ({
            value: w.slug,
            label: t('shell.workspaceRole', { name: w.name, role: t(`role.${w.role}`) }),
          }))}
        />
      )}
      <Tooltip title={t('shell.newWorkspace')}>
        <Button
          icon={<PlusOutlined />}
          aria-label={t('shell.newWorkspace')}
          onClick={() => setCreating(true)}
        />
      </Tooltip>
      {creating ? (
        <Suspense fallback={null}>
          <CreateWorkspaceModal
            open
            onClose={() => setCreating(false)}
            onCreated={(created) => {
              setCreating(false);
              void navigate(workspacePath(created.slug));
            }}
          />
        </Suspense>
      ) : null}
    </Flex>
  );
}
