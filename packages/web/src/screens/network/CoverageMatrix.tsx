/**
 * Domains × capabilities, coloured by how the running partners cover each need: a gap
 * (fewer than needed), a single point (one provider), covered, or no need stated. A cell is
 * a button: it opens the partners behind it, with "find a partner" and "show in the graph".
 */
import { Alert, Button, Card, Flex, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { GraphAnswers } from './load-network';

type Cell = GraphAnswers['coverage']['cells'][number];
export type CellState = 'gap' | 'single' | 'covered' | 'none';

export function cellState(cell: Cell): CellState {
  const have = cell.incumbents.length;
  if (cell.need === null) return 'none';
  if (have < cell.need) return 'gap';
  return have === 1 ? 'single' : 'covered';
}

export function CoverageMatrix({
  graph,
  label,
  onFind,
  onFocus,
}: {
  readonly graph: GraphAnswers;
  readonly label: (capability: string) => string;
  readonly onFind: (capability: string, domain: string) => void;
  readonly onFocus: (key: string) => void;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const { coverage, gaps } = graph;
  const [open, setOpen] = useState<Cell | undefined>();
  const colours: Record<CellState, { background: string; border: string }> = {
    gap: { background: token.colorErrorBg, border: token.colorError },
    single: { background: token.colorWarningBg, border: token.colorWarning },
    covered: { background: token.colorSuccessBg, border: token.colorSuccess },
    none: { background: token.colorFillQuaternary, border: token.colorBorder },
  };
  const width = coverage.capabilities.length;
  const short = gaps.needs.filter((n) => n.gap).length;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('screen.network.coverage.intro')}
      </Typography.Paragraph>
      {gaps.needs.length === 0 ? (
        <Alert type="info" showIcon title={t('screen.network.coverage.noNeeds')} />
      ) : (
        <Typography.Text strong data-testid="coverage-summary">
          {t('screen.network.coverage.summary', {
            gaps: short,
            needs: gaps.needs.length,
            single: gaps.singlePoints.length,
          })}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        {(['gap', 'single', 'covered', 'none'] as const).map((s) => (
          <Tag
            key={s}
            style={{ background: colours[s].background, borderColor: colours[s].border }}
          >
            {t(
              s === 'gap'
                ? 'screen.network.coverage.legendGap'
                : s === 'single'
                  ? 'screen.network.coverage.legendSingle'
                  : s === 'covered'
                    ? 'screen.network.coverage.legendCovered'
                    : 'screen.network.coverage.legendNone',
            )}
          </Tag>
        ))}
      </Flex>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="coverage-matrix" style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
                {t('screen.network.coverage.domain')}
              </th>
              {coverage.capabilities.map((c) => (
                <th key={c} scope="col" style={{ padding: 4, fontWeight: 600 }}>
                  {label(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.domains.map((domain, i) => (
              <tr key={domain}>
                <th scope="row" style={{ textAlign: 'left', padding: 4, fontWeight: 600 }}>
                  {domain}
                </th>
                {coverage.capabilities.map((capability, j) => {
                  const cell = coverage.cells[i * width + j];
                  if (cell === undefined) return <td key={capability} />;
                  const state = cellState(cell);
                  const have = cell.incumbents.length;
                  const text =
                    cell.need === null
                      ? String(have)
                      : t('screen.network.coverage.cellNeed', { have, need: cell.need });
                  const params = {
                    domain,
                    capability: label(capability),
                    have,
                    candidates: cell.candidates,
                  };
                  return (
                    <td key={capability} style={{ padding: 2 }}>
                      <button
                        type="button"
                        data-state={state}
                        data-cell={`${domain}/${capability}`}
                        // The visible text first: a spoken name must contain what is shown.
                        aria-label={`${text}: ${
                          cell.need === null
                            ? t('screen.network.coverage.cellLabelNoNeed', params)
                            : t('screen.network.coverage.cellLabel', { ...params, need: cell.need })
                        }`}
                        onClick={() => setOpen(cell)}
                        style={{
                          minWidth: 56,
                          padding: '6px 8px',
                          cursor: 'pointer',
                          color: token.colorText,
                          background: colours[state].background,
                          border: `2px solid ${colours[state].border}`,
                          borderRadius: 4,
                          fontWeight: state === 'gap' ? 700 : 400,
                        }}
                      >
                        {text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open === undefined ? null : (
        <Card
          size="small"
          data-testid="coverage-cell"
          title={
            <h3 style={{ fontSize: 15, margin: 0 }}>
              {t('screen.network.coverage.cellTitle', {
                capability: label(open.capability),
                domain: open.domain,
              })}
            </h3>
          }
        >
          <Flex vertical gap={8}>
            <Typography.Text>
              {t('screen.network.coverage.incumbents')}:{' '}
              {open.incumbents.length === 0
                ? t('screen.network.coverage.none')
                : open.incumbents.join(', ')}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('screen.network.coverage.candidates', { count: open.candidates })}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button type="primary" onClick={() => onFind(open.capability, open.domain)}>
                {t('screen.network.coverage.find')}
              </Button>
              <Button onClick={() => onFocus(`c:${open.capability}`)}>
                {t('screen.network.coverage.focus')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
