/** The partner's reviews; a saved review may move the partner (an exit → exiting), so the page reloads it. */
import { api, unwrap } from '../../../api/client';
import { useLoad } from '../../../app/use-load';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { PageLoading } from '../../../components/PageLoading';
import { fetchPartner, type PartnerView } from '../views';
import { ReviewsPanel } from './ReviewsPanel';

export function ReviewsTab({
  slug,
  partner,
  canWrite,
  onPartnerChanged,
}: {
  readonly slug: string;
  readonly partner: PartnerView;
  readonly canWrite: boolean;
  readonly onPartnerChanged: (partner: PartnerView) => void;
}) {
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/reviews', {
          params: { path: { slug }, query: { partner: partner.id } },
        }),
      ),
    [slug, partner.id],
  );
  if (loaded.status === 'error') return <ErrorPanel error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <PageLoading />;
  return (
    <ReviewsPanel
      slug={slug}
      partner={partner}
      reviews={loaded.data}
      canWrite={canWrite}
      onSaved={() => {
        loaded.reload();
        void fetchPartner(slug, partner.id).then(onPartnerChanged, () => undefined);
      }}
    />
  );
}
