/**
 * The agreements screen: `/w/:slug/agreements` is the list, `.../agreements/new` the form
 * for a new agreement, `.../agreements/<code>` one agreement's page.
 */
import { useParams } from 'react-router';
import { AgreementsList } from './AgreementsList';
import { AgreementDetail } from './detail/AgreementDetail';
import { NewAgreement } from './form/NewAgreement';

export default function AgreementsPage() {
  const rest = useParams()['*'] ?? '';
  const id = decodeURIComponent(rest.split('/')[0] ?? '');
  if (id === '') return <AgreementsList />;
  if (id === 'new') return <NewAgreement />;
  return <AgreementDetail key={id} id={id} />;
}
