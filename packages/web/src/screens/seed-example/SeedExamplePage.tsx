/** The seed-example screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function SeedExamplePage() {
  return <BeingBuilt titleKey="nav.seedExample" descriptionKey="screen.seedExample.description" />;
}
