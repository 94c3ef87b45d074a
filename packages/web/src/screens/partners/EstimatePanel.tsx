/** Cost and return estimates: an editor with a live density preview each, saved together with their version. */
import { Alert, App, Button, Col, Flex, Row, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { useLoad } from '../../app/use-load';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionEditor } from './DistributionEditor';
import { type Draft, draftOf, expectedValue, toDistribution } from './distribution';
import { type EstimateView, isEstimateView } from './views';

type Estimate = EstimateView;

export function EstimatePanel({
  slug,
  partnerId,
  canWrite,
  onSaved,
}: {
  readonly slug: string;
  readonly partnerId: string;
  readonly canWrite: boolean;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { message } = App.useApp();
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/partners/{id}/estimate', {
          params: { path: { slug, id: partnerId } },
        }),
      ),
    [slug, partnerId],
  );
  const [estimate, setEstimate] = useState<Estimate | undefined>();
  const [cost, setCost] = useState<Draft | null>(null);
  const [ret, setRet] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);

  const show = useCallback((e: Estimate) => {
    setEstimate(e);
    setCost(draftOf(e.cost));
    setRet(draftOf(e.return));
  }, []);
  // `loaded` itself is a new object on every render: follow its data only.
  const fresh = loaded.status === 'done' ? loaded.data : undefined;
  useEffect(() => {
    if (fresh !== undefined) show(fresh);
  }, [fresh, show]);

  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (estimate === undefined) return <PageLoading />;

  const costValue = cost === null ? null : toDistribution(cost);
  const returnValue = ret === null ? null : toDistribution(ret);
  const valid = costValue !== undefined && returnValue !== undefined;

  const save = async () => {
    if (!valid) return;
    setBusy(true);
    setConflict(false);
    try {
      show(
        await unwrap(
          api.PUT('/api/workspaces/{slug}/partners/{id}/estimate', {
            params: { path: { slug, id: partnerId } },
            body: { cost: costValue, return: returnValue, version: estimate.version },
          }),
        ),
      );
      void message.success(t('screen.partners.estimate.saved'));
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.status === 409 && isEstimateView(error.problem?.current)) {
        setConflict(true);
        show(error.problem.current);
        return;
      }
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      {conflict ? (
        <Alert type="warning" showIcon role="alert" title={t('screen.partners.conflict')} />
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <DistributionEditor
            label={t('screen.partners.estimate.cost')}
            draft={cost}
            onChange={setCost}
            allowNone
            chart
            disabled={!canWrite}
          />
        </Col>
        <Col xs={24} lg={12}>
          <DistributionEditor
            label={t('screen.partners.estimate.return')}
            draft={ret}
            onChange={setRet}
            allowNone
            chart
            disabled={!canWrite}
          />
        </Col>
      </Row>
      {costValue !== undefined &&
      costValue !== null &&
      returnValue !== undefined &&
      returnValue !== null ? (
        <Typography.Text strong>
          {t('screen.partners.estimate.net', {
            value: formatNumber(expectedValue(returnValue) - expectedValue(costValue), {
              maximumFractionDigits: 4,
            }),
          })}
        </Typography.Text>
      ) : null}
      {canWrite ? (
        <Flex gap={12} align="center">
          <Button type="primary" disabled={!valid} loading={busy} onClick={() => void save()}>
            {t('screen.partners.estimate.save')}
          </Button>
          {valid ? null : (
            <Typography.Text type="danger">
              {t('screen.partners.estimate.fixIssues')}
            </Typography.Text>
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}
