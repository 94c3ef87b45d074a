/**
 * The partner's trust: the beta-reputation score from the obligations it kept and broke
 * (recent ones weigh most), its uncertainty, the weighted counts, and its trend over the
 * last year with the direction it moves in.
 */
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import type { Trust } from '../../../api/types';
import { PageLoading } from '../../../components/PageLoading';
import { Tone, type ToneColor } from '../../../components/Tone';
import { useI18n } from '../../../i18n/I18nProvider';

const TrustChart = lazy(() => import('./TrustChart'));

const DIRECTION = {
  rising: { color: 'green', icon: <ArrowUpOutlined aria-hidden /> },
  falling: { color: 'red', icon: <ArrowDownOutlined aria-hidden /> },
  steady: { color: 'default', icon: <MinusOutlined aria-hidden /> },
} as const satisfies Record<string, { color: ToneColor; icon: ReactNode }>;

export function TrustCard({ trust }: { readonly trust: Trust }) {
  const { t, formatNumber } = useI18n();
  const two = (v: number) =>
    formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const direction = DIRECTION[trust.direction];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.partners.trust.title')}</h2>}>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <Flex vertical gap={12}>
            <div data-testid="trust-score">
              <Statistic title={t('screen.partners.trust.score')} value={two(trust.score)} />
            </div>
            <Typography.Text data-testid="trust-uncertainty">
              {t('screen.partners.trust.uncertainty', { value: two(trust.uncertainty) })}
            </Typography.Text>
            <Typography.Text data-testid="trust-counts">
              {t('screen.partners.trust.counts', {
                kept: two(trust.kept),
                broken: two(trust.broken),
                counted: trust.counted,
              })}
            </Typography.Text>
            <span>
              <Tone color={direction.color} data-testid="trust-direction">
                {direction.icon} {t(`screen.partners.trust.direction.${trust.direction}`)}
              </Tone>
            </span>
            <Typography.Text type="secondary">
              {trust.counted === 0
                ? t('screen.partners.trust.noRecord')
                : t('screen.partners.trust.help')}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={16}>
          <Suspense fallback={<PageLoading />}>
            <TrustChart trust={trust} />
          </Suspense>
        </Col>
      </Row>
    </Card>
  );
}
