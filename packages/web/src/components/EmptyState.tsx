/**
 * What a screen shows when it has nothing to show yet: what this place is for, and what
 * to do next (numbered steps and the buttons that do them).
 *
 *   <EmptyState title={t('...')} description={t('...')} steps={[t('...'), t('...')]}
 *     actions={<Button type="primary">...</Button>} />
 */
import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface EmptyStateProps {
  readonly title: string;
  readonly description?: ReactNode;
  /** The next steps, in order. */
  readonly steps?: readonly ReactNode[];
  readonly actions?: ReactNode;
  /** Ant Design's simple picture instead of the default one (for small panels). */
  readonly compact?: boolean;
}

export function EmptyState({ title, description, steps, actions, compact }: EmptyStateProps) {
  const { t } = useI18n();
  return (
    <Flex vertical align="center" style={{ padding: compact ? 16 : 48 }}>
      <Empty
        image={compact ? Empty.PRESENTED_IMAGE_SIMPLE : Empty.PRESENTED_IMAGE_DEFAULT}
        description={null}
      />
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 8, textAlign: 'center' }}>
        {title}
      </Typography.Title>
      {description === undefined ? null : (
        <Typography.Paragraph type="secondary" style={{ maxWidth: 560, textAlign: 'center' }}>
          {description}
        </Typography.Paragraph>
      )}
      {steps === undefined || steps.length === 0 ? null : (
        <section aria-label={t('emptyState.next')} style={{ maxWidth: 560 }}>
          <Typography.Text strong>{t('emptyState.next')}</Typography.Text>
          <ol style={{ marginTop: 8, paddingInlineStart: 20 }}>
            {steps.map((step, index) => (
              // Steps are a fixed list per screen: their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index}>
                <Typography.Text>{step}</Typography.Text>
              </li>
            ))}
          </ol>
        </section>
      )}
      {actions === undefined ? null : (
        <Flex gap={8} wrap justify="center">
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
