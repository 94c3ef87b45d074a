/**
 * The editor of a draft amendment: the new-agreement form's parts (type, id and parties
 * locked), filled with the draft's terms, plus the effective date. The difference from the
 * terms in force (core's `diffDocuments`, as the server keeps it) shows while typing; the
 * server validates what is saved or proposed, and its problems land at their fields.
 */
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError, problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import { fieldErrorMap } from '../../../api/field-paths';
import { ErrorSummary, FieldErrorsProvider, useFieldError } from '../../../components/FieldErrors';
import { AmendmentDiff } from '../../../components/seat/AmendmentDiff';
import type { DraftEditorProps } from '../../../components/seat/seat';
import { usePartners, usePartyName } from '../../../components/use-parties';
import { diffDocuments } from '../../../engine';
import { sayIssue } from '../../../i18n/codes/say-issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { type AgreementDocument, documentOf } from '../document';
import { agreementDocument } from '../form/agreement-document';
import { type AgreementFormValues, partiesOf, SECTIONS } from '../form/agreement-values';
import { BasicsFields } from '../form/BasicsFields';
import { ExitFields } from '../form/ExitFields';
import { IpFields } from '../form/IpFields';
import { MarketFields } from '../form/MarketFields';
import { ResourcesFields } from '../form/ResourcesFields';
import { TermsEditor } from '../form/TermsEditor';
import { valuesOfDocument } from '../form/values-of-document';

type DraftValues = AgreementFormValues & { readonly effectiveFrom?: string };

/** The document as amended: the form's, with the id and parties an amendment keeps. */
const amended = (original: AgreementDocument, values: DraftValues) => ({
  ...agreementDocument({ ...values, type: original.type }),
  id: original.id,
  parties: original.parties,
});

const heading = (text: string) => <h3 style={{ fontSize: 15, margin: 0 }}>{text}</h3>;

export function DraftAmendmentEditor({
  slug,
  agreementCode,
  draft,
  inForce,
  onClose,
  onChanged,
}: DraftEditorProps & { readonly slug: string; readonly agreementCode: string }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<DraftValues>();
  const { partners, byKey } = usePartners(slug);
  const partyName = usePartyName(byKey);
  const original = documentOf(draft);
  const initial = useMemo<DraftValues>(
    () => ({ ...valuesOfDocument(original), effectiveFrom: draft.effectiveFrom }),
    [original, draft.effectiveFrom],
  );
  const [errors, setErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [busy, setBusy] = useState(false);
  const watched = Form.useWatch((values: DraftValues) => values, { form, preserve: true });
  const parties = useMemo(() => partiesOf(initial), [initial]);
  const sections = SECTIONS[original.type];

  const diff = useMemo(
    () => diffDocuments(inForce.document, amended(original, { ...initial, ...(watched ?? {}) })),
    [inForce.document, original, initial, watched],
  );

  const save = async (propose: boolean) => {
    const values: DraftValues = { ...initial, ...form.getFieldsValue(true) };
    setBusy(true);
    try {
      await unwrap(
        api.PATCH('/api/workspaces/{slug}/agreements/{id}/amendments/{version}', {
          params: { path: { slug, id: agreementCode, version: draft.version } },
          body: {
            document: amended(original, values),
            ...(values.effectiveFrom === undefined || values.effectiveFrom === ''
              ? {}
              : { effectiveFrom: values.effectiveFrom }),
            ...(propose ? { propose: true } : {}),
          },
        }),
      );
      setErrors(new Map());
      void message.success(t(propose ? 'screen.drafts.proposed' : 'screen.drafts.saved'));
      onChanged();
    } catch (error) {
      setErrors(
        isApiError(error)
          ? fieldErrorMap(error.fieldErrors, 'document', (e) => sayIssue(i18n, e))
          : new Map(),
      );
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FieldErrorsProvider errors={errors}>
      <Form<DraftValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        aria-label={t('screen.drafts.editTitle', { version: draft.version })}
        data-testid="draft-editor"
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('screen.drafts.editHelp')}</Typography.Text>
          <Typography.Text>
            {t('screen.drafts.inForce', {
              version: inForce.version,
              date: formatDate(inForce.effectiveFrom),
            })}
          </Typography.Text>
          <ErrorSummary title={t('screen.drafts.problems')} errors={errors} />
          <EffectiveField />
          <Card size="small" title={heading(t('screen.agreements.form.basics'))}>
            <BasicsFields type={original.type} partners={partners} locked />
          </Card>
          {sections.ip ? (
            <Card size="small" title={heading(t('screen.agreements.form.ip'))}>
              <IpFields parties={parties} partyName={partyName} />
            </Card>
          ) : null}
          {sections.resources ? (
            <Card size="small" title={heading(t('screen.agreements.form.resources'))}>
              <ResourcesFields parties={parties} partyName={partyName} />
            </Card>
          ) : null}
          {sections.market ? (
            <Card size="small" title={heading(t('screen.agreements.form.market'))}>
              <MarketFields />
            </Card>
          ) : null}
          <Card size="small" title={heading(t('screen.agreements.form.terms'))}>
            <TermsEditor parties={parties} partyName={partyName} />
          </Card>
          <Card size="small" title={heading(t('screen.agreements.form.exit'))}>
            <ExitFields />
          </Card>
          <Card size="small" title={heading(t('screen.drafts.diff'))}>
            {diff.length === 0 ? (
              <Typography.Text type="secondary">{t('screen.drafts.noDiff')}</Typography.Text>
            ) : (
              <AmendmentDiff diff={diff} label={t('screen.drafts.diff')} testId="draft-diff" />
            )}
          </Card>
          <Flex gap={8} wrap>
            <Button type="primary" loading={busy} onClick={() => void save(false)}>
              {t('screen.drafts.save')}
            </Button>
            <Button loading={busy} disabled={diff.length === 0} onClick={() => void save(true)}>
              {t('screen.drafts.propose')}
            </Button>
            <Button onClick={onClose}>{t('screen.drafts.close')}</Button>
          </Flex>
        </Flex>
      </Form>
    </FieldErrorsProvider>
  );
}

function EffectiveField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="effectiveFrom"
      label={t('screen.seat.amendments.effective')}
      style={{ maxWidth: 220 }}
      {...useFieldError(['effectiveFrom'])}
    >
      <Input type="date" />
    </Form.Item>
  );
}
