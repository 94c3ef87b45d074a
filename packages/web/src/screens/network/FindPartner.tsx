/**
 * "Find a partner" for a need: a capability (any word of the vocabulary) and optionally a
 * domain; the candidates come ranked by the match API with the parts of their score and
 * the facts (edges and figures) that produced it. Exited, rejected and exiting
 * organisations are never proposed: the answer lists them apart.
 */
import { Alert, Button, Card, Flex, Form, List, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import ErrorPanel from '../../components/ErrorPanel';
import type { MatchFact } from '../../engine';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';
import type { MatchDocument } from './load-network';
import { sayFact } from './say-fact';

export interface NeedQuery {
  readonly capability: string;
  readonly domain: string | null;
}

export function FindPartner({
  slug,
  capabilities,
  domains,
  label,
  query,
}: {
  readonly slug: string;
  readonly capabilities: readonly string[];
  readonly domains: readonly string[];
  readonly label: (capability: string) => string;
  /** A need picked elsewhere (a matrix cell): filled in and asked at once. */
  readonly query: NeedQuery | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [capability, setCapability] = useState<string | undefined>(query?.capability);
  const [domain, setDomain] = useState<string | null>(query?.domain ?? null);
  const [answer, setAnswer] = useState<MatchDocument | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const ask = async (need: NeedQuery) => {
    setBusy(true);
    setError(undefined);
    try {
      const text = need.domain === null ? need.capability : `${need.capability}@${need.domain}`;
      setAnswer(
        await unwrap(
          api.POST('/api/workspaces/{slug}/match', {
            params: { path: { slug } },
            body: { need: text, top: 10 },
          }),
        ),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again only when the picked need changes.
  useEffect(() => {
    if (query === undefined) return;
    setCapability(query.capability);
    setDomain(query.domain);
    void ask(query);
  }, [query]);

  const number = (x: number) => i18n.formatNumber(x, { maximumFractionDigits: 3 });
  return (
    <Flex vertical gap={12}>
      <Form
        layout="inline"
        onFinish={() => {
          if (capability !== undefined) void ask({ capability, domain });
        }}
      >
        <Form.Item label={t('screen.network.match.capability')} htmlFor="match-capability">
          <Select
            id="match-capability"
            showSearch
            style={{ minWidth: 180 }}
            value={capability}
            onChange={setCapability}
            options={capabilities.map((c) => ({ value: c, label: label(c) }))}
          />
        </Form.Item>
        <Form.Item label={t('screen.network.match.domain')} htmlFor="match-domain">
          <Select
            id="match-domain"
            style={{ minWidth: 160 }}
            value={domain ?? ''}
            onChange={(v: string) => setDomain(v === '' ? null : v)}
            options={[
              { value: '', label: t('screen.network.match.anyDomain') },
              ...domains.map((d) => ({ value: d, label: d })),
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!capability}>
            {t('screen.network.match.submit')}
          </Button>
        </Form.Item>
      </Form>
      {error === undefined ? null : <ErrorPanel error={error} />}
      {answer === undefined ? null : (
        <Flex vertical gap={8} data-testid="match-results">
          <Typography.Text>
            <Tag {...(answer.need.gap ? { color: 'error' } : {})}>
              {t(answer.need.gap ? 'screen.network.match.gap' : 'screen.network.match.met')}
            </Tag>
            {t('screen.network.match.need', {
              capability: label(answer.need.term),
              domain:
                answer.need.domain === null
                  ? ''
                  : t('screen.network.match.needIn', { domain: answer.need.domain }),
              have: answer.need.have,
              min: answer.need.min,
            })}
          </Typography.Text>
          {answer.candidates.length === 0 ? (
            <Alert type="info" showIcon title={t('screen.network.match.none')} />
          ) : (
            <List
              aria-label={t('screen.network.match.resultsLabel', {
                capability: label(answer.need.term),
              })}
              dataSource={answer.candidates}
              renderItem={(c, index) => (
                <List.Item>
                  <Card
                    size="small"
                    style={{ width: '100%' }}
                    data-testid="match-candidate"
                    title={
                      <h3 style={{ fontSize: 15, margin: 0 }}>
                        {index + 1}. {c.name} ({c.id})
                      </h3>
                    }
                    extra={<Tag>{t('screen.network.match.score', { score: number(c.score) })}</Tag>}
                  >
                    <Typography.Text type="secondary">
                      {t('screen.network.match.parts', {
                        criteria: number(c.parts.criteria),
                        gapFill: number(c.parts.gapFill),
                        proximity: number(c.parts.proximity),
                      })}
                    </Typography.Text>
                    <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
                      {c.facts.map((f, k) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: facts have no id and never move.
                        <li key={k}>{sayFact(i18n, f as unknown as MatchFact)}</li>
                      ))}
                    </ul>
                  </Card>
                </List.Item>
              )}
            />
          )}
          {answer.excluded.length === 0 ? null : (
            <Typography.Text type="secondary">
              {t('screen.network.match.excluded', {
                list: answer.excluded
                  .map((e) => `${e.id} (${sayMessage(i18n, e.because, e.reason)})`)
                  .join(', '),
              })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Flex>
  );
}
