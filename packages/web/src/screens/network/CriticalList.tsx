/**
 * Single points of failure: the running partners ranked by the needs their exit would
 * leave short (then by the needs they serve), and how concentrated the portfolio is.
 */
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { GraphAnswers } from './load-network';

type Ref = { readonly capability: string; readonly domain: string | null };

export function CriticalList({
  critical,
  label,
  onFocus,
}: {
  readonly critical: GraphAnswers['critical'];
  readonly label: (capability: string) => string;
  readonly onFocus: (key: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const need = (r: Ref) =>
    r.domain === null ? label(r.capability) : `${label(r.capability)} @ ${r.domain}`;
  const refs = (list: readonly Ref[], colour?: string) =>
    list.length === 0 ? (
      <Typography.Text type="secondary">{t('screen.network.critical.none')}</Typography.Text>
    ) : (
      <Flex gap={4} wrap>
        {list.map((r) => (
          <Tag key={`${r.capability}@${r.domain ?? ''}`} {...(colour ? { color: colour } : {})}>
            {need(r)}
          </Tag>
        ))}
      </Flex>
    );
  const c = critical.concentration;
  const hhi = (x: number) => i18n.formatNumber(x, { maximumFractionDigits: 2 });
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('screen.network.critical.intro')}
      </Typography.Paragraph>
      {critical.critical.length === 0 ? (
        <Alert type="info" showIcon title={t('screen.network.critical.empty')} />
      ) : (
        <>
          <Typography.Text>
            {t('screen.network.critical.concentration', {
              count: c.incumbents,
              kind: hhi(c.hhiKind),
              domain: hhi(c.hhiDomain),
            })}
          </Typography.Text>
          <Table
            size="small"
            rowKey="id"
            data-testid="critical-list"
            dataSource={critical.critical}
            pagination={critical.critical.length > 20 ? { pageSize: 20 } : false}
            columns={[
              {
                title: t('screen.network.critical.column.partner'),
                key: 'partner',
                render: (_, p) => (
                  <Button type="link" style={{ padding: 0 }} onClick={() => onFocus(`o:${p.id}`)}>
                    {p.name}
                  </Button>
                ),
              },
              {
                title: t('screen.network.critical.column.kind'),
                key: 'kind',
                render: (_, p) =>
                  ['academic', 'enterprise', 'government', 'other'].includes(p.kind)
                    ? t(`screen.network.kind.${p.kind as 'academic'}`)
                    : p.kind,
              },
              {
                title: t('screen.network.critical.column.gaps'),
                key: 'gaps',
                render: (_, p) => refs(p.gapsOpened, 'error'),
              },
              {
                title: t('screen.network.critical.column.serves'),
                key: 'serves',
                render: (_, p) => refs(p.needsServed),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
