/**
 * TEMPORARY: the page of a screen that is not built yet. Each screen's file replaces it
 * with the real screen; when none uses it any more, delete this file and its
 * `screen.beingBuilt*` messages.
 */
import { ToolOutlined } from '@ant-design/icons';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';
import { EmptyState } from './EmptyState';
import { PageLayout } from './PageLayout';

export function BeingBuilt({
  titleKey,
  descriptionKey,
}: {
  readonly titleKey: MessageKey & `nav.${string}`;
  readonly descriptionKey: MessageKey & `screen.${string}.description`;
}) {
  const { t } = useI18n();
  return (
    <PageLayout title={t(titleKey)} description={t(descriptionKey)}>
      <EmptyState
        compact
        title={t('screen.beingBuilt')}
        description={
          <>
            <ToolOutlined aria-hidden /> {t('screen.beingBuiltHint')}
          </>
        }
      />
    </PageLayout>
  );
}
