/**
 * Fair shares of the joint project: what every group of parties would earn on its own (the
 * coalition table, prefilled with the one stored on the agreement), the agreed fixed split
 * (stored, else the IP foreground split); the Shapley split beside the fixed one, whether
 * each is in the core, a chart; and the airport rule for shared infrastructure costs.
 */
import { App, Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { Agreement } from '../../../api/types';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { coalitionTable, missingCoalitions } from '../coalitions';
import { documentOf } from '../document';
import { shareAsNumber, shareText } from '../shares';
import { AirportSplitTool } from './AirportSplitTool';
import { CoalitionEditor, type CoalitionValues } from './CoalitionEditor';
import { FairSharesResult, type FairSharesView } from './FairSharesResult';
import type { AgreementPanelProps } from './ObligationsPanel';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export function FairSharesPanel({
  slug,
  agreement,
  canWrite,
  partyName,
  onSaved,
}: AgreementPanelProps & { readonly onSaved: (agreement: Agreement) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const doc = documentOf(agreement);
  const parties = doc.parties;
  const [values, setValues] = useState<CoalitionValues>(() => ({
    ...(agreement.fairShare?.values ?? {}),
  }));
  const [split, setSplit] = useState<Record<string, string>>(() => {
    const stored = agreement.fairShare?.fixedSplit ?? doc.ip?.foreground ?? {};
    return Object.fromEntries(parties.map((p) => [p, shareText(stored[p])]));
  });
  const [result, setResult] = useState<FairSharesView | undefined>();
  const [busy, setBusy] = useState<'compute' | 'save' | undefined>();
  const missing = useMemo(() => missingCoalitions(parties, values), [parties, values]);
  const fixedSplit = useMemo(() => {
    const entries = parties.map((p) => [p, shareAsNumber(split[p])] as const);
    if (entries.every(([, v]) => v === undefined)) return undefined;
    return Object.fromEntries(entries.map(([p, v]) => [p, v ?? 0]));
  }, [parties, split]);

  const run = async (what: 'compute' | 'save') => {
    setBusy(what);
    const table = coalitionTable(parties, values);
    try {
      if (what === 'compute') {
        setResult(
          await unwrap(
            api.POST('/api/workspaces/{slug}/agreements/{id}/fair-shares', {
              params: { path: { slug, id: agreement.id } },
              body: { values: table, ...(fixedSplit === undefined ? {} : { fixedSplit }) },
            }),
          ),
        );
      } else {
        const next = await unwrap(
          api.PATCH('/api/workspaces/{slug}/agreements/{id}', {
            params: { path: { slug, id: agreement.id } },
            body: {
              fairShare: { values: table, ...(fixedSplit === undefined ? {} : { fixedSplit }) },
              version: agreement.version,
            },
          }),
        );
        void message.success(t('screen.agreements.fair.saved'));
        onSaved(next);
      }
    } catch (error) {
      const detail = isApiError(error)
        ? error.fieldErrors.map((e) => sayIssue(i18n, e)).join(' ')
        : '';
      void message.error(`${problemMessage(error, i18n)} ${detail}`.trim());
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={heading(t('screen.agreements.fair.title'))}>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('screen.agreements.fair.help')}
          </Typography.Paragraph>
          <CoalitionEditor
            parties={parties}
            partyName={partyName}
            values={values}
            onValues={setValues}
            split={split}
            onSplit={setSplit}
          />
          <Flex gap={8} wrap align="center">
            <Button
              type="primary"
              disabled={missing.length > 0}
              loading={busy === 'compute'}
              onClick={() => void run('compute')}
            >
              {t('screen.agreements.fair.compute')}
            </Button>
            {canWrite ? (
              <Button
                disabled={missing.length > 0}
                loading={busy === 'save'}
                onClick={() => void run('save')}
              >
                {t('screen.agreements.fair.save')}
              </Button>
            ) : null}
            {missing.length > 0 ? (
              <Typography.Text type="secondary">
                {t('screen.agreements.fair.missing', { count: missing.length })}
              </Typography.Text>
            ) : null}
          </Flex>
          {result === undefined ? null : <FairSharesResult result={result} partyName={partyName} />}
        </Flex>
      </Card>
      <Card title={heading(t('screen.agreements.airport.title'))}>
        <AirportSplitTool slug={slug} parties={parties} partyName={partyName} />
      </Card>
    </Flex>
  );
}
