/**
 * The partner's periodic reviews, newest first (plan against actual, the rules' suggestion
 * and the decision taken, with the draft amendments it opened, linked), and the wizard for
 * a new one.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Review } from '../../../api/types';
import { agreementPath } from '../../../app/record-paths';
import { DECISION_COLOR } from '../../../components/review-decisions';
import { Tone } from '../../../components/Tone';
import { useDay } from '../../../components/use-parties';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PartnerView } from '../views';
import { ReviewWizard } from './ReviewWizard';

export function ReviewsPanel({
  slug,
  partner,
  reviews,
  canWrite,
  onSaved,
}: {
  readonly slug: string;
  readonly partner: PartnerView;
  readonly reviews: readonly Review[];
  readonly canWrite: boolean;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const day = useDay();
  const [open, setOpen] = useState(false);
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });
  return (
    <Flex vertical gap={12}>
      {canWrite && !open ? (
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setOpen(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('screen.partners.review.new')}
        </Button>
      ) : null}
      {open ? (
        <ReviewWizard
          slug={slug}
          partner={partner}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved();
          }}
        />
      ) : null}
      <Table<Review>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="review-table"
        aria-label={t('screen.partners.review.list')}
        dataSource={reviews as Review[]}
        locale={{ emptyText: t('screen.partners.review.none') }}
        expandable={{
          expandedRowRender: (r: Review) => (
            <Flex vertical gap={4}>
              <Typography.Text>
                {sayMessage(i18n, r.suggestion.because, r.suggestion.reason)}
              </Typography.Text>
              {r.issues.length > 0 ? (
                <Typography.Text>
                  {t('screen.partners.review.issuesList', { items: r.issues.join('; ') })}
                </Typography.Text>
              ) : null}
              {(r.actions?.amendments ?? []).map((a) => (
                <Typography.Text key={`${a.agreement}-${a.version}`}>
                  <Link
                    to={`${agreementPath(slug, { id: a.agreement, code: a.agreement })}?tab=amendments`}
                  >
                    {t('screen.drafts.reviewOpened', {
                      agreement: a.agreement,
                      version: a.version,
                    })}
                  </Link>
                </Typography.Text>
              ))}
              {r.improvements.length > 0 ? (
                <Typography.Text>
                  {t('screen.partners.review.improvementsList', {
                    items: r.improvements.join('; '),
                  })}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }}
        columns={[
          {
            key: 'period',
            title: t('screen.partners.review.period'),
            render: (_: unknown, r: Review) =>
              t('screen.agreements.termRange', {
                start: day(r.periodStart),
                end: day(r.periodEnd),
              }),
          },
          {
            key: 'plan',
            title: t('screen.partners.review.planNet'),
            align: 'right',
            render: (_: unknown, r: Review) => number(r.plan.return - r.plan.cost),
          },
          {
            key: 'actual',
            title: t('screen.partners.review.actualNet'),
            align: 'right',
            render: (_: unknown, r: Review) => number(r.actual.return - r.actual.cost),
          },
          {
            key: 'suggestion',
            title: t('screen.partners.review.suggested'),
            render: (_: unknown, r: Review) => (
              <Tone color={DECISION_COLOR[r.suggestion.suggestion]}>
                {t(`screen.partners.review.decision.${r.suggestion.suggestion}`)}
              </Tone>
            ),
          },
          {
            key: 'decision',
            title: t('screen.partners.review.decided'),
            render: (_: unknown, r: Review) => (
              <Tone color={DECISION_COLOR[r.decision]}>
                {t(`screen.partners.review.decision.${r.decision}`)}
              </Tone>
            ),
          },
          { key: 'reasons', title: t('screen.partners.review.reasons'), dataIndex: 'reasons' },
        ]}
      />
    </Flex>
  );
}
