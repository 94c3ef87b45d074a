/**
 * Why no portfolio exists: each constraint of the optimizer's small conflicting set, in
 * words, with its spec path and the engine's explanation (its code, in the reader's
 * language), linked to its form field.
 */
import { Alert, Button, Typography } from 'antd';
import type { OptimizeDocument } from '../../api/types';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';
import { focusConstraint, locateConstraint } from './constraint-paths';
import { PARTNER_KINDS, type PartnerKind } from './constraint-values';

type Conflict = NonNullable<OptimizeDocument['conflicts']>[number];

export function ConflictList({ conflicts }: { readonly conflicts: readonly Conflict[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('screen.portfolio.infeasible.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('screen.portfolio.infeasible.help')}
          </Typography.Paragraph>
          <ul
            aria-label={t('screen.portfolio.infeasible.list')}
            style={{ margin: 0, paddingInlineStart: 20 }}
          >
            {conflicts.map((c) => {
              const location = locateConstraint(c.constraint);
              return (
                <li key={c.constraint} data-constraint={c.constraint}>
                  {location === undefined ? (
                    <Typography.Text code>{c.constraint}</Typography.Text>
                  ) : (
                    <Button
                      type="link"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => focusConstraint(location)}
                    >
                      {t(`screen.portfolio.section.${location.section}`)}
                      {location.item === undefined
                        ? ''
                        : ` · ${
                            // A partner kind in the reader's language; a resource or an
                            // id is the workspace's own name.
                            location.section === 'minPerKind' &&
                            (PARTNER_KINDS as readonly string[]).includes(location.item)
                              ? t(`screen.partners.kind.${location.item as PartnerKind}`)
                              : location.item
                          }`}
                    </Button>
                  )}{' '}
                  <Typography.Text type="secondary" code>
                    {c.constraint}
                  </Typography.Text>
                  <div>{sayMessage(i18n, c.because, c.message)}</div>
                </li>
              );
            })}
          </ul>
        </>
      }
    />
  );
}
