/** What to do with the selected rows: change their status or add a domain, with the outcome per row. */
import { Alert, Button, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { applyBulk, type BulkResult } from './bulk-edit';
import { statusLabel } from './labels';
import { isStatus, type PartnerStatus, STATUSES } from './lifecycle';
import type { PartnerView as Partner } from './views';

export function BulkEditBar({
  slug,
  selected,
  onClear,
  onDone,
}: {
  readonly slug: string;
  readonly selected: readonly Partner[];
  readonly onClear: () => void;
  readonly onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [to, setTo] = useState<PartnerStatus | undefined>();
  const [domain, setDomain] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkResult | undefined>();

  const run = async (change: Parameters<typeof applyBulk>[2]) => {
    setBusy(true);
    try {
      setResult(await applyBulk(slug, selected, change));
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      {selected.length === 0 ? null : (
        <Flex
          gap={8}
          wrap
          align="center"
          role="group"
          aria-label={t('screen.partners.bulk.selected', { count: selected.length })}
        >
          <Typography.Text strong>
            {t('screen.partners.bulk.selected', { count: selected.length })}
          </Typography.Text>
          <Select<string>
            aria-label={t('screen.partners.bulk.status')}
            placeholder={t('screen.partners.bulk.status')}
            value={to ?? null}
            onChange={(value) => setTo(isStatus(value) ? value : undefined)}
            options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
            style={{ width: 180 }}
          />
          <Button
            disabled={to === undefined}
            loading={busy}
            onClick={() => to !== undefined && void run({ kind: 'status', to })}
          >
            {t('screen.partners.bulk.applyStatus')}
          </Button>
          <Input
            aria-label={t('screen.partners.bulk.domain')}
            placeholder={t('screen.partners.bulk.domainPlaceholder')}
            value={domain}
            onChange={(event) => setDomain(event.target.value)}
            style={{ width: 180 }}
          />
          <Button
            disabled={domain.trim() === ''}
            loading={busy}
            onClick={() => void run({ kind: 'domain', domain: domain.trim() })}
          >
            {t('screen.partners.bulk.applyDomain')}
          </Button>
          <Button type="link" onClick={onClear}>
            {t('screen.partners.bulk.clear')}
          </Button>
        </Flex>
      )}
      {result === undefined ? null : (
        <Alert
          role="status"
          type={result.failures.length === 0 ? 'success' : 'warning'}
          closable={{ onClose: () => setResult(undefined) }}
          title={t('screen.partners.bulk.done', {
            changed: result.changed,
            failed: result.failures.length,
          })}
          description={
            result.failures.length === 0 ? undefined : (
              <section aria-label={t('screen.partners.bulk.failures')}>
                <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflow: 'auto' }}>
                  {result.failures.map((f) => (
                    <li key={f.id}>
                      <Typography.Text code>{f.id}</Typography.Text>{' '}
                      {f.reason === 'conflict'
                        ? t('screen.partners.bulk.conflict')
                        : f.reason === 'notAllowed'
                          ? t('screen.partners.bulk.notAllowed', {
                              from: statusLabel(t, f.from),
                              to: to === undefined ? '' : statusLabel(t, to),
                            })
                          : problemMessage(f.error, i18n)}
                    </li>
                  ))}
                </ul>
              </section>
            )
          }
        />
      )}
    </Flex>
  );
}
