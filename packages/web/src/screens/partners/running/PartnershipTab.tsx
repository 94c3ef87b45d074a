/** The running partnership at a glance: trust, plan against actual per quarter, the exit plan (when there is or may be one), and the agreements. */
import { Flex } from 'antd';
import { api, unwrap } from '../../../api/client';
import { useLoad } from '../../../app/use-load';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { PageLoading } from '../../../components/PageLoading';
import type { PartnerView } from '../views';
import { ExitPlanCard } from './ExitPlanCard';
import { PartnerAgreements } from './PartnerAgreements';
import { PlanActualCard } from './PlanActualCard';
import { TrustCard } from './TrustCard';

export function PartnershipTab({
  slug,
  partner,
  canWrite,
  changes,
  onPartnerChanged,
}: {
  readonly slug: string;
  readonly partner: PartnerView;
  readonly canWrite: boolean;
  readonly changes: number;
  readonly onPartnerChanged: (partner: PartnerView) => void;
}) {
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(
          api.GET('/api/workspaces/{slug}/partners/{key}/trust', {
            params: { path: { slug, key: partner.id } },
          }),
        ),
        unwrap(
          api.GET('/api/workspaces/{slug}/agreements', {
            params: { path: { slug }, query: { partner: partner.id } },
          }),
        ),
      ]),
    [slug, partner.id, changes],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  const [trust, agreements] = loaded.data;
  return (
    <Flex vertical gap={16}>
      <TrustCard trust={trust} />
      <PlanActualCard slug={slug} partner={partner.id} changes={changes} />
      <ExitPlanCard
        slug={slug}
        partner={partner}
        canWrite={canWrite}
        changes={changes}
        onPartnerChanged={onPartnerChanged}
      />
      <PartnerAgreements slug={slug} agreements={agreements} />
    </Flex>
  );
}
