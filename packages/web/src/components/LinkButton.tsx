/**
 * A link that looks like a button: a real `<a href>` (opens in a new tab with a modifier
 * key, reads as a link) that navigates inside the app without reloading it.
 */
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

export type LinkButtonProps = Omit<ButtonProps, 'href' | 'onClick'> & { readonly to: string };

export function LinkButton({ to, ...props }: LinkButtonProps) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    void navigate(to);
  };
  return <Button {...props} href={href} onClick={onClick} />;
}
