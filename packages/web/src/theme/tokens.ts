/**
 * The two themes as Ant Design configurations. Ant Design's defaults miss WCAG AA in
 * places (secondary and placeholder text at 45% and 25% opacity, #1677ff links, #ff4d4f
 * errors, a pale focus ring), so the text, status and primary colours are set here;
 * theme.test.ts checks every pair that carries text against AA.
 */
import { type ThemeConfig, theme } from 'antd';

export type ThemeMode = 'light' | 'dark';

interface Palette {
  readonly primary: string;
  readonly primaryHover: string;
  readonly primaryActive: string;
  /** Text on solid primary, error and success fills (buttons, badges, check marks). */
  readonly onSolid: string;
  readonly link: string;
  readonly error: string;
  readonly success: string;
  readonly warning: string;
  readonly info: string;
  /** Secondary, tertiary and placeholder text: the text base colour at these opacities. */
  readonly textBase: string;
  readonly bgBase: string;
  readonly focusRing: string;
}

const PALETTES: { readonly [M in ThemeMode]: Palette } = {
  light: {
    primary: '#0b57d0',
    primaryHover: '#0a4cb5',
    primaryActive: '#083f96',
    onSolid: '#ffffff',
    link: '#0b57d0',
    error: '#c5221f',
    success: '#1e7b34',
    warning: '#9a5b00',
    info: '#0b57d0',
    textBase: '#000000',
    bgBase: '#ffffff',
    focusRing: '#0b57d0',
  },
  dark: {
    // Light fills with dark text, as Material's dark scheme does: one blue that passes
    // both as text on the dark background and as a button fill under its text.
    primary: '#8ab4f8',
    primaryHover: '#a8c7fa',
    primaryActive: '#7aa7f0',
    onSolid: '#062e6f',
    link: '#8ab4f8',
    error: '#ffb4ab',
    success: '#81c995',
    warning: '#fdd663',
    info: '#8ab4f8',
    textBase: '#ffffff',
    bgBase: '#141414',
    focusRing: '#8ab4f8',
  },
};

const alpha = (hex: string, a: number) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
};

/** The focus ring colour (also used by global.css through `--pf-focus-ring`). */
export const focusRingColor = (mode: ThemeMode): string => PALETTES[mode].focusRing;

/** The shell's own colours (header, navigation), handed to global.css as `--pf-*` variables. */
export interface ShellColors {
  readonly headerBg: string;
  readonly siderBg: string;
  readonly navText: string;
  readonly navHoverBg: string;
  readonly navSelectedBg: string;
  readonly navSelectedText: string;
  readonly focusRing: string;
}

export function shellColors(mode: ThemeMode): ShellColors {
  const p = PALETTES[mode];
  const surface = mode === 'dark' ? '#1f1f1f' : '#ffffff';
  return {
    headerBg: surface,
    siderBg: surface,
    navText: alpha(p.textBase, 0.88),
    navHoverBg: alpha(p.textBase, 0.06),
    navSelectedBg: alpha(p.primary, mode === 'dark' ? 0.16 : 0.1),
    navSelectedText: p.primary,
    focusRing: p.focusRing,
  };
}

export function themeConfig(mode: ThemeMode): ThemeConfig {
  const p = PALETTES[mode];
  return {
    algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
    cssVar: { key: `pf-${mode}` },
    token: {
      colorPrimary: p.primary,
      colorPrimaryHover: p.primaryHover,
      colorPrimaryActive: p.primaryActive,
      colorTextLightSolid: p.onSolid,
      colorLink: p.link,
      colorError: p.error,
      colorSuccess: p.success,
      colorWarning: p.warning,
      colorInfo: p.info,
      colorTextBase: p.textBase,
      colorBgBase: p.bgBase,
      colorTextSecondary: alpha(p.textBase, 0.7),
      colorTextTertiary: alpha(p.textBase, 0.65),
      colorTextDescription: alpha(p.textBase, 0.65),
      colorTextPlaceholder: alpha(p.textBase, 0.6),
      borderRadius: 6,
      fontFamily:
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    },
    components: {
      // Tooltips stay light text on their dark grey in both themes.
      Tooltip: { colorTextLightSolid: '#ffffff' },
      Layout: {
        headerBg: shellColors(mode).headerBg,
        siderBg: shellColors(mode).siderBg,
        headerPadding: '0 16px',
        headerHeight: 56,
        headerColor: p.textBase,
      },
    },
  };
}
