/** The criteria screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function CriteriaPage() {
  return <BeingBuilt titleKey="nav.criteria" descriptionKey="screen.criteria.description" />;
}
