/** The top bar: navigation toggle, product name, workspace switcher, preferences, account. */
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { AccountMenu } from './AccountMenu';
import { PreferenceSwitches } from './PreferenceSwitches';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

export interface AppHeaderProps {
  readonly slug: string | undefined;
  readonly navCollapsed: boolean;
  readonly onToggleNav: (() => void) | undefined;
}

export function AppHeader({ slug, navCollapsed, onToggleNav }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      {onToggleNav === undefined ? null : (
        <Button
          type="text"
          icon={navCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          aria-label={navCollapsed ? t('nav.expand') : t('nav.collapse')}
          aria-expanded={!navCollapsed}
          aria-controls="pf-navigation"
          onClick={onToggleNav}
        />
      )}
      <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit' }}>
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
      </Link>
      <WorkspaceSwitcher slug={slug} />
      <Flex gap={12} align="center" style={{ marginInlineStart: 'auto' }}>
        <PreferenceSwitches />
        <AccountMenu />
      </Flex>
    </Layout.Header>
  );
}
