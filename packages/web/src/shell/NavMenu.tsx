/**
 * The workspace's screens as a list of links in a `<nav>` landmark (links, not an ARIA
 * menu: this is site navigation). The current page has `aria-current="page"`; arrow keys
 * move between links, Tab leaves the list. Collapsed, only the icons show, each still
 * named for screen readers and with a tooltip.
 */
import { Tooltip } from 'antd';
import type { KeyboardEvent } from 'react';
import { NavLink } from 'react-router';
import { screensFor, workspacePath } from '../app/screens';
import { useI18n } from '../i18n/I18nProvider';
import { useCurrentWorkspace } from '../workspace/WorkspacesProvider';

function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
  const step = keys[event.key];
  const edge = event.key === 'Home' ? 'first' : event.key === 'End' ? 'last' : undefined;
  if (step === undefined && edge === undefined) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    edge === 'first'
      ? links[0]
      : edge === 'last'
        ? links.at(-1)
        : links[(index + (step ?? 0) + links.length) % links.length];
  if (next === undefined) return;
  event.preventDefault();
  next.focus();
}

export function NavMenu({
  slug,
  collapsed,
}: {
  readonly slug: string;
  readonly collapsed: boolean;
}) {
  const { t } = useI18n();
  const { workspace } = useCurrentWorkspace();
  return (
    <nav aria-label={t('nav.label')} className={collapsed ? 'pf-nav-collapsed' : undefined}>
      <ul className="pf-nav" onKeyDown={moveFocus}>
        {screensFor(workspace?.role).map((screen) => {
          const label = t(screen.labelKey);
          const link = (
            <NavLink
              to={workspacePath(slug, screen.path)}
              className="pf-nav-link"
              aria-label={collapsed ? label : undefined}
              onMouseEnter={() => void screen.preload()}
              onFocus={() => void screen.preload()}
            >
              <span aria-hidden>{screen.icon}</span>
              {collapsed ? null : <span>{label}</span>}
            </NavLink>
          );
          return (
            <li key={screen.path}>
              {collapsed ? (
                <Tooltip title={label} placement="right">
                  {link}
                </Tooltip>
              ) : (
                link
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
