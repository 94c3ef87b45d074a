/**
 * The rules' check: on the running portfolio (the review check: a gate that fires means
 * the portfolio we run breaks it), and on a consortium picked here (a proposal). Each
 * evaluation says whether the rule fired and on which facts.
 */
import { Alert, Button, Card, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import ErrorPanel from '../../components/ErrorPanel';
import { PageLoading } from '../../components/PageLoading';
import type { RuleFinding } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import type { NetworkPartner, RulesDocument } from './load-network';
import { sayFinding } from './say-fact';

function Evaluations({
  report,
  testId,
}: {
  readonly report: RulesDocument;
  readonly testId: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Alert
        type={report.blocked ? 'error' : 'success'}
        showIcon
        title={t(report.blocked ? 'screen.network.rules.blocked' : 'screen.network.rules.passes')}
      />
      <List
        size="small"
        dataSource={report.evaluations}
        renderItem={(e) => (
          <List.Item>
            <Flex vertical gap={4}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{e.rule}</Typography.Text>
                <Tag>
                  {t(
                    e.severity === 'gate'
                      ? 'screen.network.rules.gate'
                      : 'screen.network.rules.advice',
                  )}
                </Tag>
                <Tag {...(e.fired ? { color: e.severity === 'gate' ? 'error' : 'warning' } : {})}>
                  {t(e.fired ? 'screen.network.rules.fired' : 'screen.network.rules.holds')}
                </Tag>
              </Flex>
              {e.findings.map((f, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id and never move.
                <Typography.Text key={k}>
                  {sayFinding(i18n, f as unknown as RuleFinding)}
                </Typography.Text>
              ))}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

export function RulesPanel({
  slug,
  partners,
  hasRules,
}: {
  readonly slug: string;
  readonly partners: readonly NetworkPartner[];
  readonly hasRules: boolean;
}) {
  const { t } = useI18n();
  const check = (selection?: readonly string[]) =>
    unwrap(
      api.POST('/api/workspaces/{slug}/rules/check', {
        params: { path: { slug } },
        body: selection === undefined ? {} : { selection: [...selection] },
      }),
    );
  const running = useLoad(() => check(), [slug]);
  const [selection, setSelection] = useState<string[]>([]);
  const [proposal, setProposal] = useState<RulesDocument | undefined>();
  const [error, setError] = useState<unknown>();
  if (!hasRules) return <Alert type="info" showIcon title={t('screen.network.rules.none')} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('screen.network.rules.intro')}
      </Typography.Paragraph>
      <Card
        size="small"
        title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('screen.network.rules.running')}</h3>}
      >
        {running.status === 'error' ? (
          <ErrorPanel error={running.error} onRetry={running.reload} />
        ) : running.data === undefined ? (
          <PageLoading />
        ) : (
          <Evaluations report={running.data} testId="rules-running" />
        )}
      </Card>
      <Card
        size="small"
        title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('screen.network.rules.selection')}</h3>}
      >
        <Flex vertical gap={8}>
          <Flex gap={8} wrap>
            <Select
              mode="multiple"
              aria-label={t('screen.network.rules.selectionPlaceholder')}
              placeholder={t('screen.network.rules.selectionPlaceholder')}
              style={{ minWidth: 360 }}
              optionFilterProp="label"
              value={selection}
              onChange={setSelection}
              options={partners.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))}
            />
            <Button
              type="primary"
              disabled={selection.length === 0}
              onClick={async () => {
                setError(undefined);
                try {
                  setProposal(await check(selection));
                } catch (failure) {
                  setError(failure);
                }
              }}
            >
              {t('screen.network.rules.check')}
            </Button>
          </Flex>
          {error === undefined ? null : <ErrorPanel error={error} />}
          {proposal === undefined ? null : (
            <Evaluations report={proposal} testId="rules-selection" />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
