/**
 * The capabilities `constraints.cover` requires, and whether the current optimal
 * selection covers each (by whom), missing ones first and marked as errors.
 */
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Flex, List, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { Coverage } from './build-graph';
import type { NetworkData } from './load-network';

export function CoverageCard({
  coverage,
  status,
}: {
  readonly coverage: readonly Coverage[];
  readonly status: NetworkData['optimizeStatus'];
}) {
  const { t } = useI18n();
  const sorted = [...coverage].sort((a, b) => Number(a.covered) - Number(b.covered));
  const missing = coverage.filter((c) => !c.covered).length;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.network.coverageTitle')}</h2>}>
      <Flex vertical gap={8} data-testid="network-coverage">
        {status === 'optimal' ? null : (
          <Typography.Text type="warning">
            {t(
              status === 'invalid'
                ? 'screen.network.noSelectionInvalid'
                : 'screen.network.noSelection',
            )}
          </Typography.Text>
        )}
        {coverage.length === 0 ? (
          <Typography.Text type="secondary">{t('screen.network.noCover')}</Typography.Text>
        ) : (
          <>
            <Typography.Text>
              {missing === 0
                ? t('screen.network.allCovered', { count: coverage.length })
                : t('screen.network.someMissing', { missing, count: coverage.length })}
            </Typography.Text>
            <List
              size="small"
              dataSource={sorted}
              renderItem={(item) => (
                <List.Item>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{item.offer}</Typography.Text>
                    <Typography.Text type={item.covered ? 'success' : 'danger'} strong>
                      {item.covered ? (
                        <CheckCircleOutlined aria-hidden />
                      ) : (
                        <CloseCircleOutlined aria-hidden />
                      )}{' '}
                      {t(item.covered ? 'screen.network.covered' : 'screen.network.missing')}
                    </Typography.Text>
                    {item.by.length === 0 ? null : (
                      <Typography.Text type="secondary">
                        {t('screen.network.coveredBy', { partners: item.by.join(', ') })}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
