/** The network screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function NetworkPage() {
  return <BeingBuilt titleKey="nav.network" descriptionKey="screen.network.description" />;
}
