/** The dashboard screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function DashboardPage() {
  return <BeingBuilt titleKey="nav.dashboard" descriptionKey="screen.dashboard.description" />;
}
