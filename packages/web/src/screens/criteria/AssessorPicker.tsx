/**
 * The assessors of a weighting: pick whose weights or grid are on screen (an AHP assessor
 * with their own consistency ratio), add one, remove the one shown. Saving keeps every
 * assessor's.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Radio, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';

export interface AssessorEntry {
  /** Shown after the name (an AHP assessor's CR). */
  readonly detail?: string;
  readonly consistent?: boolean;
}

interface Props {
  readonly assessors: readonly AssessorEntry[];
  readonly hint: string;
  readonly shown: number;
  readonly disabled: boolean;
  readonly onShow: (assessor: number) => void;
  readonly onAdd: () => void;
  readonly onRemove: (assessor: number) => void;
}

export function AssessorPicker(props: Props) {
  const { assessors, hint, shown, disabled, onShow, onAdd, onRemove } = props;
  const { t } = useI18n();
  const count = assessors.length;
  return (
    <Flex vertical gap={8}>
      <Typography.Text id="criteria-assessors" strong>
        {t('screen.criteria.assessorsLabel')}
      </Typography.Text>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <Flex gap={8} wrap align="center">
        <Radio.Group
          aria-labelledby="criteria-assessors"
          optionType="button"
          value={shown}
          onChange={(e) => onShow(e.target.value as number)}
          options={assessors.map((a, k) => ({
            value: k,
            label: (
              <span data-testid={`assessor-${k}`}>
                {t('screen.criteria.assessor', { n: k + 1 })}
                {a.detail === undefined ? null : (
                  <>
                    {' · '}
                    <span
                      data-testid={`assessor-cr-${k}`}
                      data-consistent={a.consistent === true ? 'true' : 'false'}
                    >
                      {a.detail}
                    </span>
                  </>
                )}
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
