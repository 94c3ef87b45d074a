/** The partners screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function PartnersPage() {
  return <BeingBuilt titleKey="nav.partners" descriptionKey="screen.partners.description" />;
}
