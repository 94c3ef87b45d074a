/**
 * Two saved scenarios side by side: S, gap and status, the selected partners (those only
 * one of them has are highlighted), resource use; Monte Carlo statistics; frontier summary.
 */
import { Badge, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { asFrontier, asOptimize, asSimulate, bestPoint, partnerDiff } from './compare';
import { StatusTag } from './StatusTag';
import type { PartnerChoice } from './workspace-data';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly a: ReactNode;
  readonly b: ReactNode;
  readonly differs: boolean;
}

export function ScenarioCompare({
  slug,
  a,
  b,
  partners,
}: {
  readonly slug: string;
  readonly a: string;
  readonly b: string;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
}) {
  const { t, formatNumber, formatPercent } = useI18n();
  const loaded = useLoad(
    () =>
      Promise.all(
        [a, b].map((id) =>
          unwrap(
            api.GET('/api/workspaces/{slug}/scenarios/{id}', { params: { path: { slug, id } } }),
          ),
        ),
      ),
    [slug, a, b],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined || loaded.status === 'loading') return <PageLoading />;
  const [sa, sb] = loaded.data;
  if (sa === undefined || sb === undefined) return null;

  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, { maximumFractionDigits: 2 });
  const rows: Row[] = [];
  const add = (key: string, label: string, va: ReactNode, vb: ReactNode, differs: boolean) =>
    rows.push({ key, label, a: va, b: vb, differs });
  add(
    'kind',
    t('screen.portfolio.scenarios.kind'),
    t(`screen.portfolio.scenarioKind.${sa.kind}`),
    t(`screen.portfolio.scenarioKind.${sb.kind}`),
    sa.kind !== sb.kind,
  );

  const oa = sa.kind === 'optimize' ? asOptimize(sa.result) : undefined;
  const ob = sb.kind === 'optimize' ? asOptimize(sb.result) : undefined;
  if (oa !== undefined || ob !== undefined) {
    add(
      'status',
      t('screen.portfolio.result.status'),
      oa && <StatusTag status={oa.status} />,
      ob && <StatusTag status={ob.status} />,
      oa?.status !== ob?.status,
    );
    add(
      'S',
      t('screen.portfolio.result.S'),
      num(oa?.objective),
      num(ob?.objective),
      oa?.objective !== ob?.objective,
    );
    add(
      'gap',
      t('screen.portfolio.result.gap'),
      oa?.gap == null ? '—' : formatPercent(oa.gap, 2),
      ob?.gap == null ? '—' : formatPercent(ob.gap, 2),
      oa?.gap !== ob?.gap,
    );
    const diff = partnerDiff(oa?.selected ?? [], ob?.selected ?? []);
    const tags = (ids: readonly string[], own: ReadonlySet<string>) => (
      <Flex gap={4} wrap>
        {ids.map((id) => (
          <Tag
            key={id}
            {...(own.has(id) ? { style: { fontWeight: 600, borderStyle: 'dashed' } } : {})}
          >
            {own.has(id)
              ? t('screen.portfolio.compare.onlyHere', { name: partners.get(id)?.name ?? id })
              : (partners.get(id)?.name ?? id)}
          </Tag>
        ))}
      </Flex>
    );
    add(
      'selected',
      t('screen.portfolio.compare.selected', { shared: diff.both.length }),
      oa && tags(oa.selected, new Set(diff.onlyA)),
      ob && tags(ob.selected, new Set(diff.onlyB)),
      diff.onlyA.length + diff.onlyB.length > 0,
    );
    const names = [
      ...new Set([...Object.keys(oa?.resources ?? {}), ...Object.keys(ob?.resources ?? {})]),
    ];
    for (const name of names) {
      const ra = oa?.resources[name];
      const rb = ob?.resources[name];
      const use = (r: typeof ra) =>
        r === undefined
          ? '—'
          : t('screen.portfolio.compare.use', { used: num(r.used), capacity: num(r.capacity) });
      add(
        `r-${name}`,
        t('screen.portfolio.compare.resource', { name }),
        use(ra),
        use(rb),
        ra?.used !== rb?.used || ra?.capacity !== rb?.capacity,
      );
    }
  }

  const ma = sa.kind === 'simulate' ? asSimulate(sa.result) : undefined;
  const mb = sb.kind === 'simulate' ? asSimulate(sb.result) : undefined;
  if (ma !== undefined || mb !== undefined) {
    for (const key of ['mean', 'sd', 'p5', 'p50', 'p95', 'cvar5'] as const) {
      add(
        key,
        t(`screen.portfolio.simulate.${key}`),
        num(ma?.[key]),
        num(mb?.[key]),
        ma?.[key] !== mb?.[key],
      );
    }
    add(
      'probLoss',
      t('screen.portfolio.simulate.probLoss'),
      ma === undefined ? '—' : formatPercent(ma.probLoss, 2),
      mb === undefined ? '—' : formatPercent(mb.probLoss, 2),
      ma?.probLoss !== mb?.probLoss,
    );
    add(
      'scenarios',
      t('screen.portfolio.simulate.scenarios'),
      num(ma?.scenarios),
      num(mb?.scenarios),
      ma?.scenarios !== mb?.scenarios,
    );
  }

  const fa = sa.kind === 'frontier' ? asFrontier(sa.result) : undefined;
  const fb = sb.kind === 'frontier' ? asFrontier(sb.result) : undefined;
  if (fa !== undefined || fb !== undefined) {
    add(
      'resource',
      t('screen.portfolio.frontier.resource'),
      fa?.resource ?? '—',
      fb?.resource ?? '—',
      fa?.resource !== fb?.resource,
    );
    add(
      'points',
      t('screen.portfolio.frontier.points'),
      num(fa?.points.length),
      num(fb?.points.length),
      fa?.points.length !== fb?.points.length,
    );
    const best = (f: typeof fa) => {
      const p = f === undefined ? undefined : bestPoint(f);
      return p === undefined
        ? '—'
        : t('screen.portfolio.compare.best', {
            objective: num(p.objective),
            capacity: num(p.capacity),
          });
    };
    add('best', t('screen.portfolio.compare.bestLabel'), best(fa), best(fb), best(fa) !== best(fb));
  }

  const cell = (value: ReactNode, row: Row) =>
    row.differs && typeof value === 'string' ? (
      <Typography.Text strong>{value}</Typography.Text>
    ) : (
      value
    );

  return (
    <Flex vertical gap={8} data-testid="scenario-compare">
      <Typography.Text type="secondary">{t('screen.portfolio.compare.legend')}</Typography.Text>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        aria-label={t('screen.portfolio.compare.title')}
        columns={[
          {
            title: t('screen.portfolio.compare.measure'),
            dataIndex: 'label',
            key: 'label',
            width: 200,
          },
          { title: sa.name, key: 'a', render: (_, row) => cell(row.a, row) },
          { title: sb.name, key: 'b', render: (_, row) => cell(row.b, row) },
          {
            title: t('screen.portfolio.compare.differs'),
            key: 'differs',
            width: 110,
            render: (_, row) =>
              row.differs ? (
                <Badge status="warning" text={t('screen.portfolio.compare.different')} />
              ) : (
                t('screen.portfolio.compare.same')
              ),
          },
        ]}
      />
    </Flex>
  );
}
