/**
 * The ranking, best first: rank, how far each partner moved against the saved weights
 * (▲/▼, the row highlighted), id, name and score (TOPSIS: closeness).
 */
import { Table, Typography, theme } from 'antd';
import { StatusBadge } from '../../components/StatusBadge';
import type { AnyRankMethod, MatrixRanking } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';

interface Row {
  readonly i: number;
  readonly id: string;
  readonly name: string;
  readonly rank: number;
  readonly score: number;
  readonly moved: number;
}

interface Props {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly ranking: MatrixRanking;
  readonly moved: Int32Array;
  readonly method: AnyRankMethod;
}

const SCORE_COLUMN = {
  'weighted-sum': 'screen.ranking.colScore',
  topsis: 'screen.ranking.colCloseness',
  promethee: 'screen.ranking.colNetFlow',
  vikor: 'screen.ranking.colQ',
} as const;

export function RankingTable({ ids, names, ranking, moved, method }: Props) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  const rows: Row[] = Array.from(ranking.order, (i) => ({
    i,
    id: ids[i] ?? '',
    name: names[i] ?? '',
    rank: ranking.ranks[i] ?? 0,
    score: ranking.scores[i] ?? Number.NaN,
    moved: moved[i] ?? 0,
  }))
    // Tied partners are listed by id, as the server lists them (the engine's fast path keeps
    // them in input order). Code-unit order, the same on every machine.
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (
    <Table<Row>
      aria-label={t('screen.ranking.tableLabel')}
      dataSource={rows}
      rowKey="id"
      size="small"
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      onRow={(row) =>
        row.moved === 0
          ? {}
          : {
              style: {
                background: token.colorPrimaryBg,
                boxShadow: `inset 3px 0 ${token.colorPrimary}`,
              },
            }
      }
      columns={[
        {
          key: 'rank',
          title: t('screen.ranking.colRank'),
          width: 80,
          render: (_, row) => <strong data-testid={`rank-${row.id}`}>{row.rank}</strong>,
        },
        {
          key: 'moved',
          title: t('screen.ranking.colMove'),
          width: 130,
          render: (_, row) =>
            row.moved > 0 ? (
              <StatusBadge tone="success" data-testid={`moved-${row.id}`}>
                {t('screen.ranking.movedUp', { places: row.moved })}
              </StatusBadge>
            ) : row.moved < 0 ? (
              <StatusBadge tone="error" data-testid={`moved-${row.id}`}>
                {t('screen.ranking.movedDown', { places: -row.moved })}
              </StatusBadge>
            ) : null,
        },
        {
          key: 'id',
          title: t('screen.ranking.colPartner'),
          width: 200,
          render: (_, row) => (
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {row.id}
            </Typography.Text>
          ),
        },
        { key: 'name', title: t('screen.ranking.colName'), dataIndex: 'name' },
        {
          key: 'score',
          title: t(SCORE_COLUMN[method]),
          align: 'right',
          render: (_, row) => formatNumber(row.score, { maximumFractionDigits: 4 }),
        },
      ]}
    />
  );
}
