/** Resource use of the optimal portfolio against each capacity (from the optimize answer). */
import { Card, Empty, Flex, Progress, Typography } from 'antd';
import type { OptimizeDocument } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

export function ResourceSection({ optimize }: { readonly optimize: OptimizeDocument }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const entries = Object.entries(optimize.resources);
  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.resourcesTitle')}</h2>}
    >
      {entries.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('screen.dashboard.noResources')}
        />
      ) : (
        <Flex vertical gap={12} data-testid="resource-bars">
          {entries.map(([name, { used, capacity }]) => {
            const share = capacity > 0 ? used / capacity : 0;
            const text = t('screen.dashboard.resourceUse', {
              resource: name,
              used: number(used),
              capacity: number(capacity),
              share: formatPercent(share),
            });
            return (
              <div key={name}>
                <Typography.Text>{text}</Typography.Text>
                <Progress
                  percent={Math.min(100, share * 100)}
                  showInfo={false}
                  aria-label={text}
                  status={share > 1 ? 'exception' : 'normal'}
                />
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
