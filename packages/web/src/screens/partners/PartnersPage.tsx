/**
 * The partners screen: `/w/:slug/partners` is the table, `/w/:slug/partners/<id>` one
 * partner's page (the router sends both here; the rest of the path is the id).
 */
import { useParams } from 'react-router';
import { PartnerDetail } from './PartnerDetail';
import { PartnersList } from './PartnersList';

export default function PartnersPage() {
  const rest = useParams()['*'] ?? '';
  const id = decodeURIComponent(rest.split('/')[0] ?? '');
  return id === '' ? <PartnersList /> : <PartnerDetail key={id} id={id} />;
}
