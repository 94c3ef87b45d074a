/**
 * A small status label (consistent, verified, moved up, ...) for the selection screens.
 * Ant Design's coloured Tag writes its text in the status colour, which misses WCAG AA
 * contrast on its tinted background; here the text keeps the body colour and only the
 * icon, border and background carry the status.
 */
import { theme } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'error' | 'warning' | 'neutral';

interface Props {
  readonly tone: Tone;
  readonly icon?: ReactNode;
  readonly children: ReactNode;
  readonly 'data-testid'?: string;
}

export function StatusBadge({ tone, icon, children, 'data-testid': testId }: Props) {
  const { token } = theme.useToken();
  const colours = {
    success: [token.colorSuccess, token.colorSuccessBg, token.colorSuccessBorder],
    error: [token.colorError, token.colorErrorBg, token.colorErrorBorder],
    warning: [token.colorWarning, token.colorWarningBg, token.colorWarningBorder],
    neutral: [token.colorTextSecondary, token.colorFillQuaternary, token.colorBorder],
  } as const;
  const [accent, background, border] = colours[tone];
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '0 8px',
        lineHeight: '22px',
        fontSize: token.fontSizeSM,
        color: token.colorText,
        background,
        border: `1px solid ${border}`,
        borderRadius: token.borderRadiusSM,
        whiteSpace: 'nowrap',
      }}
    >
      {icon === undefined ? null : (
        <span aria-hidden="true" style={{ color: accent, display: 'inline-flex' }}>
          {icon}
        </span>
      )}
      <span data-testid={testId}>{children}</span>
    </span>
  );
}
