/**
 * The selection standard: the workspace's criteria (id, name, kind) and their weights,
 * direct (sliders that keep the sum at 1) or by AHP (a live pairwise comparison grid),
 * saved as a new version; a conflicting save shows what happened and reloads.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isApiError, problemMessage } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { fieldErrorMap } from '../../api/field-paths';
import type { CriteriaSet } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { FieldErrorsProvider } from '../../components/FieldErrors';
import { PageLayout } from '../../components/PageLayout';
import { PageLoading } from '../../components/PageLoading';
import { StatusBadge } from '../../components/StatusBadge';
import { groupDirectWeights } from '../../engine';
import { sayIssue } from '../../i18n/codes/say-issue';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentWorkspace } from '../../workspace/WorkspacesProvider';
import { AhpPanel } from './AhpPanel';
import { AssessorPicker } from './AssessorPicker';
import { CriteriaTable } from './CriteriaTable';
import {
  addAssessor,
  bodyOf,
  type Draft,
  type DraftCriterion,
  draftOf,
  idsValid,
  type Normalization,
  removeAssessor,
  shownAssessor,
  shownWeights as shownDirectWeights,
  shownMatrix,
  withShownMatrix,
  withShownWeights,
} from './draft';
import { GroupMatrix } from './GroupMatrix';
import { GroupWeights } from './GroupWeights';
import { analyseGroup, type GroupAnalysis } from './group-ahp';
import { SmaaPanel } from './SmaaPanel';
import {
  addCriterion,
  dropCriterion,
  equalWeights,
  moveWeight,
  normalizeWeights,
  setJudgement,
} from './weights';

const NORMALIZATIONS: readonly Normalization[] = ['vector', 'minmax', 'max', 'sum', 'none'];
const CARD_TITLE = { fontSize: 16, margin: 0 } as const;

export default function CriteriaPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { slug, workspace } = useCurrentWorkspace();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } })),
    [slug],
  );
  const [saved, setSaved] = useState<CriteriaSet>();
  const [draft, setDraft] = useState<Draft>();
  const [conflict, setConflict] = useState<number>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (loaded.status === 'done') {
      setSaved(loaded.data);
      setDraft(draftOf(loaded.data));
    }
  }, [loaded.status, loaded.data]);

  const group = useMemo<GroupAnalysis | undefined>(
    () =>
      draft?.method === 'ahp' && draft.criteria.length >= 2
        ? analyseGroup(draft.matrices)
        : undefined,
    [draft],
  );
  const readOnly = workspace?.role === 'viewer';
  const dirty = useMemo(
    () =>
      saved !== undefined &&
      draft !== undefined &&
      JSON.stringify(bodyOf(draft, saved.version)) !==
        JSON.stringify(bodyOf(draftOf(saved), saved.version)),
    [draft, saved],
  );

  if (loaded.status === 'error' && saved === undefined) {
    return (
      <PageLayout title={t('nav.criteria')} description={t('screen.criteria.description')}>
        <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
      </PageLayout>
    );
  }
  if (saved === undefined || draft === undefined) {
    return (
      <PageLayout title={t('nav.criteria')} description={t('screen.criteria.description')}>
        <PageLoading />
      </PageLayout>
    );
  }

  const update = (next: Partial<Draft>) => setDraft({ ...draft, ...next });
  const change = (k: number, patch: Partial<DraftCriterion>) =>
    update({ criteria: draft.criteria.map((c, i) => (i === k ? { ...c, ...patch } : c)) });
  const add = () => {
    const n = draft.criteria.length;
    const key = `new-${Date.now()}`;
    update({
      criteria: [
        ...draft.criteria,
        { key, id: `criterion-${n + 1}`, name: '', kind: 'benefit', added: true },
      ],
      direct: draft.direct.map((weights) =>
        n === 0 ? [1] : [...weights.map((w) => (w * n) / (n + 1)), 1 / (n + 1)],
      ),
      matrices: draft.matrices.map(addCriterion),
    });
  };
  const remove = (k: number) => {
    const key = draft.criteria[k]?.key;
    const { [key ?? '']: _, ...ranges } = draft.smaa.ranges;
    update({
      smaa: { order: draft.smaa.order.filter((o) => o !== key), ranges },
      criteria: draft.criteria.filter((_, i) => i !== k),
      direct: draft.direct.map((weights) => normalizeWeights(weights.filter((_, i) => i !== k))),
      matrices: draft.matrices.map((m) => dropCriterion(m, k)),
    });
  };

  const save = async () => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const next = await unwrap(
        api.PUT('/api/workspaces/{slug}/criteria', {
          params: { path: { slug } },
          body: bodyOf(draft, saved.version),
        }),
      );
      setConflict(undefined);
      setSaved(next);
      setDraft(draftOf(next));
      void message.success(t('screen.criteria.saved', { version: next.version }));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const latest = await unwrap(
          api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } }),
        ).catch(() => undefined);
        if (latest !== undefined) {
          setSaved(latest);
          setDraft(draftOf(latest));
          setConflict(latest.version);
        } else setSaveError(error);
      } else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const validIds = idsValid(draft);
  // The group's weights (the geometric mean of every assessor's judgements) rank partners.
  const ahpWeights = group?.group.result?.weights;
  const shownWeights =
    draft.method === 'ahp'
      ? (ahpWeights ?? draft.criteria.map(() => Number.NaN))
      : shownDirectWeights(draft);
  const canSave =
    !readOnly &&
    dirty &&
    validIds &&
    draft.criteria.length > 0 &&
    (draft.method !== 'ahp' || group?.assessors.every((a) => a.result !== undefined) === true);

  const actions = (
    <>
      <StatusBadge tone={dirty ? 'warning' : 'neutral'}>
        {dirty
          ? t('screen.criteria.unsaved')
          : t('screen.criteria.version', { version: saved.version })}
      </StatusBadge>
      <Button disabled={!dirty || saving} onClick={() => setDraft(draftOf(saved))}>
        {t('screen.criteria.discard')}
      </Button>
      <Button type="primary" loading={saving} disabled={!canSave} onClick={() => void save()}>
        {t('screen.criteria.save')}
      </Button>
    </>
  );

  return (
    <PageLayout
      title={t('nav.criteria')}
      description={t('screen.criteria.description')}
      actions={actions}
    >
      {readOnly ? <Alert type="info" title={t('screen.criteria.viewerHint')} /> : null}
      {conflict === undefined ? null : (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setConflict(undefined)}
          title={t('screen.criteria.conflictTitle')}
          description={t('screen.criteria.conflictText', { version: conflict })}
        />
      )}
      {saveError === undefined ? null : (
        <Alert type="error" showIcon title={problemMessage(saveError, i18n)} />
      )}
      {draft.criteria.length === 0 ? (
        <EmptyState
          title={t('screen.criteria.emptyTitle')}
          description={t('screen.criteria.emptyText')}
          steps={[
            t('screen.criteria.emptyStepAdd'),
            t('screen.criteria.emptyStepWeigh'),
            t('screen.criteria.emptyStepImport'),
          ]}
          actions={
            <Button type="primary" icon={<PlusOutlined />} disabled={readOnly} onClick={add}>
              {t('screen.criteria.add')}
            </Button>
          }
        />
      ) : (
        <>
          <Card title={<h2 style={CARD_TITLE}>{t('screen.criteria.listTitle')}</h2>}>
            <Flex vertical gap={12}>
              <Flex gap={24} wrap align="center">
                <Space>
                  <Typography.Text id="criteria-method">
                    {t('screen.criteria.methodLabel')}
                  </Typography.Text>
                  <Radio.Group
                    aria-labelledby="criteria-method"
                    optionType="button"
                    value={draft.method}
                    disabled={readOnly}
                    onChange={(e) => update({ method: e.target.value as Draft['method'] })}
                    options={[
                      { value: 'direct', label: t('screen.criteria.method.direct') },
                      { value: 'ahp', label: t('screen.criteria.method.ahp') },
                      { value: 'smaa', label: t('screen.criteria.method.smaa') },
                    ]}
                  />
                </Space>
                <Space>
                  <Typography.Text>{t('screen.criteria.normalizationLabel')}</Typography.Text>
                  <Select
                    aria-label={t('screen.criteria.normalizationLabel')}
                    value={draft.normalization}
                    disabled={readOnly}
                    style={{ width: 220 }}
                    onChange={(normalization) => update({ normalization })}
                    options={NORMALIZATIONS.map((n) => ({
                      value: n,
                      label: t(`screen.criteria.normalization.${n}`),
                    }))}
                  />
                </Space>
              </Flex>
              {draft.method !== 'ahp' ? (
                <Flex gap={12} align="center" wrap>
                  <Typography.Text type="secondary">
                    {t(
                      draft.method === 'smaa'
                        ? 'screen.criteria.smaaDirectHint'
                        : 'screen.criteria.directHint',
                    )}
                  </Typography.Text>
                  <Button
                    size="small"
                    disabled={readOnly}
                    onClick={() =>
                      setDraft(withShownWeights(draft, equalWeights(draft.criteria.length)))
                    }
                  >
                    {t('screen.criteria.equalise')}
                  </Button>
                </Flex>
              ) : null}
              {draft.method === 'direct' ? (
                <AssessorPicker
                  assessors={draft.direct.map(() => ({}))}
                  hint={t('screen.criteria.directAssessorsHint')}
                  shown={shownAssessor(draft)}
                  disabled={readOnly}
                  onShow={(assessor) => update({ assessor })}
                  onAdd={() => setDraft(addAssessor(draft))}
                  onRemove={(a) => setDraft(removeAssessor(draft, a))}
                />
              ) : null}
              <CriteriaTable
                criteria={draft.criteria}
                weights={shownWeights}
                editableWeights={draft.method !== 'ahp'}
                disabled={readOnly}
                onChange={change}
                onWeight={(k, v) =>
                  setDraft(withShownWeights(draft, moveWeight(shownDirectWeights(draft), k, v)))
                }
                onRemove={remove}
              />
              {draft.method === 'direct' && draft.direct.length > 1 ? (
                <GroupWeights
                  criteria={draft.criteria}
                  weights={groupDirectWeights(
                    draft.criteria.map((c) => c.key),
                    draft.direct.map((w) =>
                      Object.fromEntries(draft.criteria.map((c, k) => [c.key, w[k] ?? 0])),
                    ),
                  )}
                  count={draft.direct.length}
                />
              ) : null}
              {validIds ? null : <Alert type="error" title={t('screen.criteria.idInvalid')} />}
              <div>
                <Button icon={<PlusOutlined />} disabled={readOnly} onClick={add}>
                  {t('screen.criteria.add')}
                </Button>
              </div>
            </Flex>
          </Card>
          {draft.method === 'smaa' ? (
            <Card title={<h2 style={CARD_TITLE}>{t('screen.criteria.smaaTitle')}</h2>}>
              <FieldErrorsProvider
                errors={fieldErrorMap(
                  isApiError(saveError) ? saveError.fieldErrors : [],
                  undefined,
                  (e) => sayIssue(i18n, e),
                )}
              >
                <SmaaPanel
                  criteria={draft.criteria}
                  form={draft.smaa}
                  disabled={readOnly}
                  onChange={(smaa) => update({ smaa })}
                />
              </FieldErrorsProvider>
            </Card>
          ) : null}
          {draft.method === 'ahp' ? (
            <Card title={<h2 style={CARD_TITLE}>{t('screen.criteria.ahpTitle')}</h2>}>
              <Flex vertical gap={16}>
                {group === undefined ? null : (
                  <AssessorPicker
                    assessors={group.assessors.map((a) => ({
                      detail:
                        a.result === undefined
                          ? t('screen.criteria.assessorInvalid')
                          : t('screen.criteria.assessorCr', {
                              cr: i18n.formatNumber(a.result.cr, { maximumFractionDigits: 3 }),
                            }),
                      consistent: a.result?.consistent === true,
                    }))}
                    hint={t('screen.criteria.assessorsHint')}
                    shown={shownAssessor(draft)}
                    disabled={readOnly}
                    onShow={(assessor) => update({ assessor })}
                    onAdd={() => setDraft(addAssessor(draft))}
                    onRemove={(a) => setDraft(removeAssessor(draft, a))}
                  />
                )}
                <AhpPanel
                  criteria={draft.criteria}
                  matrix={shownMatrix(draft)}
                  analysis={group?.assessors[shownAssessor(draft)] ?? {}}
                  disabled={readOnly}
                  onJudge={(i, j, v) =>
                    setDraft(withShownMatrix(draft, setJudgement(shownMatrix(draft), i, j, v)))
                  }
                />
                {group === undefined || draft.matrices.length < 2 ? null : (
                  <GroupMatrix criteria={draft.criteria} group={group} />
                )}
              </Flex>
            </Card>
          ) : null}
        </>
      )}
    </PageLayout>
  );
}
