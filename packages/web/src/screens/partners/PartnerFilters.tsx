/** Search (debounced) and the kind, status, domain and offer filters of the partner table. */
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { kindLabel, statusLabel } from './labels';
import { isStatus, KINDS, type PartnerKind, STATUSES } from './lifecycle';
import { EMPTY_QUERY, isFiltered, type PartnerQuery } from './use-partner-pages';

const DEBOUNCE_MS = 250;

/** A text value that reaches `onChange` only when the typing pauses. */
function useDebounced(
  value: string,
  onChange: (value: string) => void,
): [string, (v: string) => void] {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return [text, setText];
}

export function PartnerFilters({
  query,
  onChange,
  domains,
  offers,
}: {
  readonly query: PartnerQuery;
  readonly onChange: (query: PartnerQuery) => void;
  /** Values seen in the loaded rows, offered as suggestions. */
  readonly domains: readonly string[];
  readonly offers: readonly string[];
}) {
  const { t } = useI18n();
  const [q, setQ] = useDebounced(query.q, (value) => onChange({ ...query, q: value }));
  const [domain, setDomain] = useDebounced(query.domain, (value) =>
    onChange({ ...query, domain: value }),
  );
  const [offer, setOffer] = useDebounced(query.offer, (value) =>
    onChange({ ...query, offer: value }),
  );
  const suggest = (values: readonly string[], typed: string) =>
    values
      .filter((v) => v.toLowerCase().includes(typed.toLowerCase()))
      .slice(0, 50)
      .map((v) => ({ value: v }));

  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('screen.partners.search')}>
      <Input
        aria-label={t('screen.partners.search')}
        placeholder={t('screen.partners.searchPlaceholder')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        value={q}
        onChange={(event) => setQ(event.target.value)}
        style={{ width: 240 }}
      />
      <Select<PartnerKind[]>
        mode="multiple"
        aria-label={t('screen.partners.filterKind')}
        placeholder={t('screen.partners.anyKind')}
        allowClear
        value={[...query.kind]}
        onChange={(kind) => onChange({ ...query, kind })}
        options={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        style={{ minWidth: 160 }}
        maxTagCount="responsive"
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('screen.partners.filterStatus')}
        placeholder={t('screen.partners.anyStatus')}
        allowClear
        value={[...query.status]}
        onChange={(status) => onChange({ ...query, status: status.filter(isStatus) })}
        options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        style={{ minWidth: 160 }}
        maxTagCount="responsive"
      />
      <AutoComplete
        aria-label={t('screen.partners.filterDomain')}
        placeholder={t('screen.partners.anyDomain')}
        allowClear
        value={domain}
        onChange={(value: string | undefined) => setDomain(value ?? '')}
        options={suggest(domains, domain)}
        style={{ width: 160 }}
      />
      <AutoComplete
        aria-label={t('screen.partners.filterOffer')}
        placeholder={t('screen.partners.anyOffer')}
        allowClear
        value={offer}
        onChange={(value: string | undefined) => setOffer(value ?? '')}
        options={suggest(offers, offer)}
        style={{ width: 160 }}
      />
      {isFiltered(query) ? (
        <Button onClick={() => onChange({ ...EMPTY_QUERY, sort: query.sort })}>
          {t('screen.partners.clearFilters')}
        </Button>
      ) : null}
    </Flex>
  );
}
