/**
 * What the optimiser's proposed portfolio would change in the coverage of the needs, beside
 * the running partners: the gaps it closes and opens, and per need who would cover it,
 * gained and lost. The server solves the proposal (an editor's action, like optimising).
 */
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Tone } from '../../components/Tone';
import { useI18n } from '../../i18n/I18nProvider';

type Proposal = components['schemas']['GraphProposal'];
type Need = Proposal['needs'][number];

export function ProposalChange({
  slug,
  canRun,
  label,
  name,
}: {
  readonly slug: string;
  readonly canRun: boolean;
  readonly label: (capability: string) => string;
  readonly name: (id: string) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [proposal, setProposal] = useState<Proposal | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const compare = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setProposal(
        await unwrap(
          api.POST('/api/workspaces/{slug}/graph/proposal', {
            params: { path: { slug } },
            body: {},
          }),
        ),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? t('screen.network.coverage.none') : ids.map(name).join(', ');
  const changed = (proposal?.needs ?? []).filter(
    (n) => n.gapNow !== n.gapProposed || n.gained.length > 0 || n.lost.length > 0,
  );
  const state = (gap: boolean) =>
    gap ? (
      <Tone color="red">{t('screen.network.proposal.gap')}</Tone>
    ) : (
      <Tone color="green">{t('screen.network.proposal.met')}</Tone>
    );
  return (
    <Card
      size="small"
      title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('screen.network.proposal.title')}</h3>}
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('screen.network.proposal.intro')}
        </Typography.Paragraph>
        {canRun ? (
          <Button onClick={() => void compare()} loading={busy} style={{ alignSelf: 'start' }}>
            {t('screen.network.proposal.compare')}
          </Button>
        ) : (
          <Typography.Text type="secondary">
            {t('screen.network.proposal.editorsOnly')}
          </Typography.Text>
        )}
        {error === undefined ? null : (
          <Alert type="error" showIcon title={problemMessage(error, i18n)} />
        )}
        {proposal === undefined ? null : (
          <>
            <Typography.Text strong data-testid="proposal-summary">
              {t('screen.network.proposal.summary', {
                closes: proposal.closes,
                opens: proposal.opens,
                size: proposal.selection.length,
              })}
            </Typography.Text>
            <Table<Need>
              size="small"
              pagination={false}
              data-testid="proposal-needs"
              rowKey={(n) => `${n.capability}@${n.domain ?? ''}`}
              dataSource={changed}
              locale={{ emptyText: t('screen.network.proposal.noChange') }}
              columns={[
                {
                  title: t('screen.network.proposal.need'),
                  render: (_, n) =>
                    n.domain === null
                      ? `${label(n.capability)} × ${n.min}`
                      : `${label(n.capability)} @ ${n.domain} × ${n.min}`,
                },
                { title: t('screen.network.proposal.now'), render: (_, n) => state(n.gapNow) },
                {
                  title: t('screen.network.proposal.proposed'),
                  render: (_, n) => state(n.gapProposed),
                },
                { title: t('screen.network.proposal.gained'), render: (_, n) => names(n.gained) },
                { title: t('screen.network.proposal.lost'), render: (_, n) => names(n.lost) },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
