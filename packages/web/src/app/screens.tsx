/**
 * The screens of a workspace, in navigation order: the one place a screen is registered.
 * Each is loaded on first visit (`React.lazy`), so the first page ships only the shell;
 * hovering or focusing its link starts the download early.
 *
 * To add a screen: create `src/screens/<folder>/<Name>Page.tsx` with a default export,
 * add an entry here, and add its `nav.<id>` (and `screen.<id>.*`) messages to
 * i18n/en.ts and i18n/zh-CN.ts. See the package README.
 */
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FundOutlined,
  OrderedListOutlined,
  SlidersOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';

export interface Screen {
  /** The URL segment under `/w/:slug/`. */
  readonly path: string;
  readonly labelKey: MessageKey & `nav.${string}`;
  readonly icon: ReactNode;
  /** Starts loading the screen's code (idempotent; the browser caches the module). */
  readonly preload: () => Promise<unknown>;
  readonly Page: LazyExoticComponent<ComponentType>;
  /** The screen has pages under its path too (`/w/:slug/<path>/<id>`). */
  readonly nested: boolean;
  /** Who sees it in the navigation: the workspace's team, or a partner's contact. */
  readonly audience: 'team' | 'partner';
}

function screen(
  path: string,
  labelKey: Screen['labelKey'],
  icon: ReactNode,
  load: () => Promise<{ default: ComponentType }>,
  nested = false,
  audience: Screen['audience'] = 'team',
): Screen {
  return { path, labelKey, icon, preload: load, Page: lazy(load), nested, audience };
}

export const SCREENS: readonly Screen[] = [
  screen(
    'dashboard',
    'nav.dashboard',
    <DashboardOutlined />,
    () => import('../screens/dashboard/DashboardPage'),
  ),
  screen(
    'partners',
    'nav.partners',
    <TeamOutlined />,
    () => import('../screens/partners/PartnersPage'),
    true,
  ),
  screen(
    'agreements',
    'nav.agreements',
    <FileProtectOutlined />,
    () => import('../screens/agreements/AgreementsPage'),
    true,
  ),
  screen(
    'criteria',
    'nav.criteria',
    <SlidersOutlined />,
    () => import('../screens/criteria/CriteriaPage'),
  ),
  screen(
    'ranking',
    'nav.ranking',
    <OrderedListOutlined />,
    () => import('../screens/ranking/RankingPage'),
  ),
  screen(
    'portfolio',
    'nav.portfolio',
    <BarChartOutlined />,
    () => import('../screens/portfolio/PortfolioPage'),
  ),
  screen('risks', 'nav.risks', <AlertOutlined />, () => import('../screens/risks/RisksPage')),
  screen(
    'network',
    'nav.network',
    <ApartmentOutlined />,
    () => import('../screens/network/NetworkPage'),
  ),
  screen(
    'evidence',
    'nav.evidence',
    <FundOutlined />,
    () => import('../screens/evidence/EvidencePage'),
  ),
  screen(
    'review-settings',
    'nav.reviewSettings',
    <AuditOutlined />,
    () => import('../screens/review-settings/ReviewSettingsPage'),
  ),
  screen(
    'seed-example',
    'nav.seedExample',
    <ExperimentOutlined />,
    () => import('../screens/seed-example/SeedExamplePage'),
  ),
  screen(
    'members',
    'nav.members',
    <UserAddOutlined />,
    () => import('../screens/members/MembersPage'),
  ),
  screen(
    'portal',
    'nav.portal',
    <FileProtectOutlined />,
    () => import('../screens/portal/PortalPage'),
    true,
    'partner',
  ),
];

/** The screens of the navigation for a role (a partner's contact has its own). */
export const screensFor = (role: string | undefined): readonly Screen[] =>
  SCREENS.filter((s) => s.audience === (role === 'partner' ? 'partner' : 'team'));

export { HOME_SCREEN, PARTNER_HOME_SCREEN, workspacePath } from './paths';
