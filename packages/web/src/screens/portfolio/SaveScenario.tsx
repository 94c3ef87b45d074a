/** Saves the current result as a named scenario: the run is repeated with `?save=NAME`. */
import { App, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';

export interface SaveScenarioProps {
  /** A short id for the input (`optimize`, `frontier`, `simulate`). */
  readonly id: string;
  readonly disabled: boolean;
  readonly save: (name: string) => Promise<void>;
}

export function SaveScenario({ id, disabled, save }: SaveScenarioProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const trimmed = name.trim();

  const submit = async () => {
    if (trimmed === '') return;
    setSaving(true);
    try {
      await save(trimmed);
      void message.success(t('screen.portfolio.scenario.saved', { name: trimmed }));
      setName('');
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex gap={8} align="center" wrap>
      <label htmlFor={`pf-save-${id}`}>{t('screen.portfolio.scenario.name')}</label>
      <Input
        id={`pf-save-${id}`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => void submit()}
        placeholder={t('screen.portfolio.scenario.namePlaceholder')}
        maxLength={200}
        disabled={disabled}
        style={{ width: 240 }}
      />
      <Button onClick={() => void submit()} loading={saving} disabled={disabled || trimmed === ''}>
        {t('screen.portfolio.scenario.save')}
      </Button>
    </Flex>
  );
}
