/**
 * A Form.Item that also shows the server's error at its absolute path (`at`), for fields
 * inside Form.Lists, whose `name` is relative to the list item.
 */
import { Form, type FormItemProps } from 'antd';
import type { NamePath } from '../api/field-paths';
import { useFieldError } from './FieldErrors';

export function FormField({ at, ...props }: FormItemProps & { readonly at: NamePath }) {
  const error = useFieldError(at);
  return <Form.Item {...props} {...error} />;
}
