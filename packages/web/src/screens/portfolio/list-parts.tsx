/**
 * The parts every editable list of the constraints form shares: the section with its
 * title and help, the button that removes a row and the one that adds a row.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface ListSectionProps {
  /** The section's anchor (constraint-paths' `sectionAnchor`); its title's id derives from it. */
  readonly id: string;
  readonly title: string;
  readonly help?: string;
  readonly children: ReactNode;
}

export function ListSection({ id, title, help, children }: ListSectionProps) {
  const titleId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={titleId}>
      <Typography.Title level={3} id={titleId} style={{ fontSize: 15 }}>
        {title}
      </Typography.Title>
      {help === undefined ? null : (
        <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      )}
      {children}
    </section>
  );
}

export function RemoveRowButton({
  onRemove,
  disabled,
}: {
  readonly onRemove: () => void;
  readonly disabled: boolean;
}) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('screen.portfolio.removeRow')}>
      <Button
        aria-label={t('screen.portfolio.removeRow')}
        icon={<DeleteOutlined />}
        onClick={onRemove}
        disabled={disabled}
      />
    </Tooltip>
  );
}

export function AddRowButton({
  label,
  onAdd,
  disabled,
}: {
  readonly label: string;
  readonly onAdd: () => void;
  readonly disabled: boolean;
}) {
  return (
    <div>
      <Button icon={<PlusOutlined />} onClick={onAdd} disabled={disabled}>
        {label}
      </Button>
    </div>
  );
}
