/** The portfolio screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function PortfolioPage() {
  return <BeingBuilt titleKey="nav.portfolio" descriptionKey="screen.portfolio.description" />;
}
