/**
 * The seed example: the source document's A, B, C case, computed by the engine with the
 * document's own formula, next to the figures it printed, and why those are wrong.
 * Needs no server data: the portfolio is built in code (seed-portfolio.ts).
 */
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { PageLayout } from '../../components/PageLayout';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { PRINTED, SEED_ALPHA, SEED_BETA, SEED_PARTNERS, seedFigures } from './seed-portfolio';

const CARD_TITLE = { fontSize: 16, margin: 0 } as const;

/** The printed figures agree when they match to display precision. */
const agrees = (computed: number, printed: number) => Math.abs(computed - printed) < 1e-9;

interface Row {
  readonly key: string;
  readonly label: string;
  readonly cost?: number;
  readonly ret?: number;
  readonly net: number;
  readonly printed: number;
}

export default function SeedExamplePage() {
  const { t, formatNumber } = useI18n();
  const figures = useMemo(seedFigures, []);
  const fmt = (value: number) => formatNumber(value, { maximumFractionDigits: 6 });
  const printedOf = (id: string) => PRINTED.net[id as keyof typeof PRINTED.net];

  const rows: Row[] = [
    ...figures.partners.map((p) => ({
      key: p.id,
      label: p.id,
      cost: p.cost,
      ret: p.return,
      net: p.net,
      printed: printedOf(p.id),
    })),
    { key: 'S', label: t('screen.seedExample.rowTotal'), net: figures.S, printed: PRINTED.S },
  ];
  const net = (id: string) => figures.partners.find((p) => p.id === id)?.net ?? Number.NaN;

  return (
    <PageLayout title={t('nav.seedExample')} description={t('screen.seedExample.description')}>
      <Card title={<h2 style={CARD_TITLE}>{t('screen.seedExample.dataTitle')}</h2>}>
        <Typography.Paragraph>
          {t('screen.seedExample.dataText', { alpha: SEED_ALPHA, beta: SEED_BETA })}
        </Typography.Paragraph>
        <Typography.Paragraph strong>{t('screen.seedExample.formulaTitle')}</Typography.Paragraph>
        <Typography.Paragraph code>{t('screen.seedExample.formula')}</Typography.Paragraph>
      </Card>
      <Card title={<h2 style={CARD_TITLE}>{t('screen.seedExample.tableTitle')}</h2>}>
        <Table<Row>
          aria-label={t('screen.seedExample.tableLabel')}
          data-testid="seed-table"
          dataSource={rows}
          pagination={false}
          size="middle"
          columns={[
            {
              key: 'label',
              title: t('screen.seedExample.colPartner'),
              render: (_, row) => (row.key === 'S' ? <strong>{row.label}</strong> : row.label),
            },
            {
              key: 'cost',
              title: t('screen.seedExample.colCost'),
              align: 'right',
              render: (_, row) => (row.cost === undefined ? null : fmt(row.cost)),
            },
            {
              key: 'ret',
              title: t('screen.seedExample.colReturn'),
              align: 'right',
              render: (_, row) => (row.ret === undefined ? null : fmt(row.ret)),
            },
            {
              key: 'net',
              title: t('screen.seedExample.colNet'),
              align: 'right',
              render: (_, row) => (
                <strong data-testid={`seed-net-${row.key}`}>{fmt(row.net)}</strong>
              ),
            },
            {
              key: 'printed',
              title: t('screen.seedExample.colPrinted'),
              align: 'right',
              render: (_, row) => fmt(row.printed),
            },
            {
              key: 'check',
              title: t('screen.seedExample.colCheck'),
              render: (_, row) =>
                agrees(row.net, row.printed) ? (
                  <StatusBadge tone="success" icon={<CheckCircleOutlined />}>
                    {t('screen.seedExample.right')}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="error" icon={<CloseCircleOutlined />}>
                    {t('screen.seedExample.wrong')}
                  </StatusBadge>
                ),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={CARD_TITLE}>{t('screen.seedExample.arithmeticTitle')}</h2>}>
        <Flex vertical gap={4} data-testid="seed-arithmetic">
          {SEED_PARTNERS.map((p) => (
            <Typography.Text code key={p.id}>
              {t('screen.seedExample.lineNet', {
                id: p.id,
                r: fmt(p.return),
                c: fmt(p.cost),
                alpha: fmt(SEED_ALPHA),
                beta: fmt(SEED_BETA),
                net: fmt(net(p.id)),
              })}
            </Typography.Text>
          ))}
          <Typography.Text code strong>
            {t('screen.seedExample.lineTotal', {
              terms: figures.partners.map((p) => fmt(p.net)).join(' + '),
              total: fmt(figures.S),
            })}
          </Typography.Text>
        </Flex>
      </Card>
      <Card title={<h2 style={CARD_TITLE}>{t('screen.seedExample.errorsTitle')}</h2>}>
        <ol style={{ paddingInlineStart: 20, margin: 0 }}>
          <li>
            <Typography.Paragraph>{t('screen.seedExample.errorGeneral')}</Typography.Paragraph>
          </li>
          <li>
            <Typography.Paragraph>
              {t('screen.seedExample.errorValues', {
                a: fmt(net('A')),
                b: fmt(net('B')),
                c: fmt(net('C')),
                s: fmt(figures.S),
                pa: fmt(PRINTED.net.A),
                pb: fmt(PRINTED.net.B),
                pc: fmt(PRINTED.net.C),
                ps: fmt(PRINTED.S),
              })}
            </Typography.Paragraph>
          </li>
          <li>
            <Typography.Paragraph>
              {t('screen.seedExample.errorListing', { listing: fmt(figures.listingS) })}
            </Typography.Paragraph>
          </li>
          <li>
            <Typography.Paragraph>
              {t('screen.seedExample.errorArgmax', { zero: fmt(figures.zeroWeightsS) })}
            </Typography.Paragraph>
          </li>
        </ol>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('screen.seedExample.mainModel')}
        </Typography.Paragraph>
      </Card>
    </PageLayout>
  );
}
