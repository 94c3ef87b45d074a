/**
 * The constraints form's state: its Ant Design form, whether it differs from the saved
 * settings, and `save()`, which PATCHes the settings with the version it read. A 409 means
 * someone else saved first: the page reloads the settings and says so.
 */
import { Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import {
  type ConstraintValues,
  type SettingsDocument,
  toConstraintValues,
  toSettingsPatch,
} from './constraint-values';

export type SaveOutcome = 'saved' | 'unchanged' | 'conflict' | 'invalid' | 'failed';

export interface ConstraintsFormState {
  readonly form: FormInstance<ConstraintValues>;
  readonly dirty: boolean;
  readonly saving: boolean;
  /** The last failure (not a conflict), for an alert. */
  readonly error: unknown;
  /** True after a 409 reloaded the settings, until the next save. */
  readonly reloadedAfterConflict: boolean;
  markDirty(): void;
  reset(): void;
  /** Saves when changed; resolves how it went. */
  save(): Promise<SaveOutcome>;
}

export function useConstraintsForm(
  slug: string,
  settings: SettingsDocument,
  reload: () => void,
): ConstraintsFormState {
  const [form] = Form.useForm<ConstraintValues>();
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [reloadedAfterConflict, setReloadedAfterConflict] = useState(false);
  // The version to send: the PATCH answer's, before the page has reloaded.
  const version = useRef(settings.version);

  // New settings from the server (first load, a reload after saving or a conflict).
  useEffect(() => {
    version.current = settings.version;
    form.setFieldsValue(toConstraintValues(settings.settings));
    setDirty(false);
  }, [form, settings]);

  const reset = useCallback(() => {
    form.resetFields();
    form.setFieldsValue(toConstraintValues(settings.settings));
    setDirty(false);
  }, [form, settings]);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (!dirty) return 'unchanged';
    try {
      await form.validateFields();
    } catch {
      return 'invalid';
    }
    setSaving(true);
    setError(undefined);
    setReloadedAfterConflict(false);
    try {
      const saved = await unwrap(
        api.PATCH('/api/workspaces/{slug}/settings', {
          params: { path: { slug } },
          body: {
            settings: toSettingsPatch(form.getFieldsValue(true) as ConstraintValues),
            version: version.current,
          },
        }),
      );
      version.current = saved.version;
      setDirty(false);
      reload();
      return 'saved';
    } catch (failure) {
      if (isApiError(failure) && failure.status === 409) {
        setReloadedAfterConflict(true);
        reload();
        return 'conflict';
      }
      setError(failure);
      return 'failed';
    } finally {
      setSaving(false);
    }
  }, [dirty, form, slug, reload]);

  return {
    form,
    dirty,
    saving,
    error,
    reloadedAfterConflict,
    markDirty: () => setDirty(true),
    reset,
    save,
  };
}
