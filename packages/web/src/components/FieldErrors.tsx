/**
 * The server's field errors shown where they belong: a form puts the problem's errors in
 * `<FieldErrorsProvider>`, each field asks `useFieldError(namePath)` for its
 * `validateStatus` and `help`, and `<ErrorSummary>` lists them all at the top (so nothing
 * is lost when a path has no field of its own, and screen readers hear them at once).
 *
 *   <FieldErrorsProvider errors={fieldErrorMap(error.fieldErrors, 'document')}>
 *     <Form.Item name={['end']} {...useFieldError(['end'])}>...
 */
import { Alert } from 'antd';
import { createContext, type ReactNode, useContext } from 'react';
import { formatFieldPath, type NamePath } from '../api/field-paths';

type ErrorMap = ReadonlyMap<string, readonly string[]>;
const FieldErrorsContext = createContext<ErrorMap>(new Map());

export function FieldErrorsProvider({
  errors,
  children,
}: {
  readonly errors: ErrorMap;
  readonly children: ReactNode;
}) {
  return <FieldErrorsContext.Provider value={errors}>{children}</FieldErrorsContext.Provider>;
}

export interface FieldErrorProps {
  readonly validateStatus?: 'error';
  readonly help?: ReactNode;
}

/** Form.Item props for the server's errors at `path` (nothing when there are none). */
export function useFieldError(path: NamePath): FieldErrorProps {
  const messages = useContext(FieldErrorsContext).get(formatFieldPath(path));
  if (messages === undefined || messages.length === 0) return {};
  return { validateStatus: 'error', help: messages.join(' ') };
}

/** Form.Item props for the errors at `path` or any item of it (`parties`, `parties[1]`). */
export function useListFieldError(path: NamePath): FieldErrorProps {
  const errors = useContext(FieldErrorsContext);
  const base = formatFieldPath(path);
  const messages = [...errors].flatMap(([at, list]) =>
    at === base || (at.startsWith(`${base}[`) && /^\[\d+\]$/.test(at.slice(base.length)))
      ? list
      : [],
  );
  if (messages.length === 0) return {};
  return { validateStatus: 'error', help: messages.join(' ') };
}

/** The messages at `path`, for a group of fields that has no Form.Item of its own. */
export function FieldGroupError({ path }: { readonly path: NamePath }) {
  const messages = useContext(FieldErrorsContext).get(formatFieldPath(path));
  if (messages === undefined || messages.length === 0) return null;
  return <Alert type="error" showIcon title={messages.join(' ')} style={{ marginBottom: 8 }} />;
}

export function ErrorSummary({
  title,
  errors,
}: {
  readonly title: string;
  readonly errors: ErrorMap;
}) {
  if (errors.size === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {[...errors].flatMap(([path, messages]) =>
            messages.map((message) => (
              <li key={`${path}:${message}`}>
                {path === '' ? null : <code>{path}</code>} {message}
              </li>
            )),
          )}
        </ul>
      }
    />
  );
}
