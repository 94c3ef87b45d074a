/** The ranking screen. TEMPORARY placeholder: the helper who builds this screen replaces this file. */
import { BeingBuilt } from '../../components/BeingBuilt';

export default function RankingPage() {
  return <BeingBuilt titleKey="nav.ranking" descriptionKey="screen.ranking.description" />;
}
