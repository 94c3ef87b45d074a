/** The four seat panels as tabs: one list for the owner's agreement page and the portal. */
import type { Translator } from '../../i18n/translator';
import { AmendmentsPanel } from './AmendmentsPanel';
import { HealthCheckPanel } from './HealthCheckPanel';
import { StatementsPanel } from './StatementsPanel';
import type { SeatProps } from './seat';
import { TrustBothWaysPanel } from './TrustBothWaysPanel';

export const seatTabItems = (t: Translator['t'], props: SeatProps) => [
  {
    key: 'statements',
    label: t('screen.seat.tab.statements'),
    children: <StatementsPanel {...props} />,
  },
  {
    key: 'amendments',
    label: t('screen.seat.tab.amendments'),
    children: <AmendmentsPanel {...props} />,
  },
  { key: 'health', label: t('screen.seat.tab.health'), children: <HealthCheckPanel {...props} /> },
  { key: 'trust', label: t('screen.seat.tab.trust'), children: <TrustBothWaysPanel {...props} /> },
];
