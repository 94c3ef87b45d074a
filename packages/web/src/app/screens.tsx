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
}

function screen(
  path: string,
  labelKey: Screen['labelKey'],
  icon: ReactNode,
  load: () => Promise<{ default: ComponentType }>,
  nested = false,
): Screen {
  return { path, labelKey, icon, preload: load, Page: lazy(load), nested };
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
];

export { HOME_SCREEN, workspacePath } from './paths';
