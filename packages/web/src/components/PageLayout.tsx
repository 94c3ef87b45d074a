/**
 * Every screen's frame: the page heading (an `<h1>` that takes focus when the page opens,
 * so keyboard and screen-reader users land on it after navigating), an optional
 * description and actions, then the content. Also sets the document title.
 *
 *   <PageLayout title={t('nav.ranking')} description={...} actions={<Button>...</Button>}>
 *     ...
 *   </PageLayout>
 */
import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface PageLayoutProps {
  readonly title: string;
  readonly description?: ReactNode;
  /** Buttons at the right of the heading (primary action last). */
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}

export function PageLayout({ title, description, actions, children }: PageLayoutProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: '0 auto', width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title
            level={1}
            ref={heading}
            tabIndex={-1}
            style={{ fontSize: 24, margin: 0 }}
          >
            {title}
          </Typography.Title>
          {description === undefined ? null : (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {description}
            </Typography.Paragraph>
          )}
        </div>
        {actions === undefined ? null : <Flex gap={8}>{actions}</Flex>}
      </Flex>
      {children}
    </Flex>
  );
}
