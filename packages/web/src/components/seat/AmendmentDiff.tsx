/** What an amendment changes, leaf by leaf (core's `diffDocuments`): the path, before and after. */
import { Table } from 'antd';
import type { DiffEntry } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';

const shown = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export function AmendmentDiff({
  diff,
  label,
  testId,
}: {
  readonly diff: readonly DiffEntry[];
  readonly label?: string;
  readonly testId?: string;
}) {
  const { t } = useI18n();
  const side = (value: unknown) =>
    value === undefined || value === null ? t('screen.seat.amendments.absent') : shown(value);
  return (
    <Table<DiffEntry>
      size="small"
      rowKey="path"
      pagination={false}
      {...(label === undefined ? {} : { 'aria-label': label })}
      {...(testId === undefined ? {} : { 'data-testid': testId })}
      dataSource={[...diff]}
      columns={[
        { title: t('screen.seat.amendments.path'), dataIndex: 'path' },
        { title: t('screen.seat.amendments.before'), render: (_, d) => side(d.before) },
        { title: t('screen.seat.amendments.after'), render: (_, d) => side(d.after) },
      ]}
    />
  );
}
