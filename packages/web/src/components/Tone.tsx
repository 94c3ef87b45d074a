/**
 * A word with a coloured dot before it (Ant Design's status badge): the colour says the
 * tone (green good, red at fault, orange soon, blue settled otherwise) while the text keeps
 * the theme's own colour, so it meets WCAG AA contrast in both themes (a coloured tag's
 * text does not) and the colour is never the only sign.
 *
 *   <Tone color="red">{t('...overdue', { days })}</Tone>
 */
import { Badge } from 'antd';
import type { ReactNode } from 'react';

export type ToneColor = 'default' | 'green' | 'red' | 'orange' | 'blue' | 'gold' | 'purple';

export function Tone({
  color,
  children,
  'data-testid': testId,
}: {
  readonly color: ToneColor;
  readonly children: ReactNode;
  readonly 'data-testid'?: string;
}) {
  const badge =
    color === 'default' ? (
      <Badge status="default" text={children} />
    ) : (
      <Badge color={color} text={children} />
    );
  return (
    <span data-testid={testId} style={{ whiteSpace: 'nowrap', marginInlineEnd: 8 }}>
      {badge}
    </span>
  );
}
