/**
 * The assessors of an AHP weighting: pick whose grid is on screen (each with their own
 * consistency ratio), add one, remove the one shown. Saving keeps every assessor's grid.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Radio, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { GroupAnalysis } from './group-ahp';

interface Props {
  readonly group: GroupAnalysis;
  readonly shown: number;
  readonly disabled: boolean;
  readonly onShow: (assessor: number) => void;
  readonly onAdd: () => void;
  readonly onRemove: (assessor: number) => void;
}

export function AssessorPicker({ group, shown, disabled, onShow, onAdd, onRemove }: Props) {
  const { t, formatNumber } = useI18n();
  const count = group.assessors.length;
  const crOf = (k: number) => {
    const result = group.assessors[k]?.result;
    return result === undefined
      ? t('screen.criteria.assessorInvalid')
      : t('screen.criteria.assessorCr', {
          cr: formatNumber(result.cr, { maximumFractionDigits: 3 }),
        });
  };
  return (
    <Flex vertical gap={8}>
      <Typography.Text id="criteria-assessors" strong>
        {t('screen.criteria.assessorsLabel')}
      </Typography.Text>
      <Typography.Text type="secondary">{t('screen.criteria.assessorsHint')}</Typography.Text>
      <Flex gap={8} wrap align="center">
        <Radio.Group
          aria-labelledby="criteria-assessors"
          optionType="button"
          value={shown}
          onChange={(e) => onShow(e.target.value as number)}
          options={group.assessors.map((a, k) => ({
            value: k,
            label: (
              <span data-testid={`assessor-${k}`}>
                {t('screen.criteria.assessor', { n: k + 1 })}
                {' · '}
                <span
                  data-testid={`assessor-cr-${k}`}
                  data-consistent={a.result?.consistent === true ? 'true' : 'false'}
                >
                  {crOf(k)}
                </span>
              </span>
            ),
          }))}
        />
        <Button icon={<PlusOutlined />} disabled={disabled} onClick={onAdd}>
          {t('screen.criteria.addAssessor')}
        </Button>
        {count > 1 ? (
          <Button icon={<DeleteOutlined />} disabled={disabled} onClick={() => onRemove(shown)}>
            {t('screen.criteria.removeAssessor', { n: shown + 1 })}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
