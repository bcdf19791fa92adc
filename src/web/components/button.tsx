/** DKFDS buttons (buttons.njk) and back link (back-link.njk). */
import type { Child } from 'hono/jsx';
import { Icon, cx } from './util.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'warning' | 'unstyled';

export interface ButtonProps {
  variant?: ButtonVariant;
  /** Default "submit". */
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  id?: string;
  class?: string;
  disabled?: boolean;
  /** Icon name from the DKFDS sprite, shown before the text. */
  icon?: string;
  /** Visually hidden extra text, e.g. to make repeated "Slet" buttons unique. */
  srOnly?: string;
  formaction?: string;
  formnovalidate?: boolean;
  children?: Child;
}

/** buttons.njk */
export function Button(props: ButtonProps) {
  return (
    <button
      class={cx('button', `button-${props.variant ?? 'primary'}`, props.class)}
      type={props.type ?? 'submit'}
      id={props.id}
      name={props.name}
      value={props.value}
      disabled={props.disabled ? true : undefined}
      formaction={props.formaction}
      formnovalidate={props.formnovalidate ? true : undefined}
    >
      {props.icon ? <Icon name={props.icon} /> : null}
      {props.children}
      {props.srOnly ? <span class="sr-only"> {props.srOnly}</span> : null}
    </button>
  );
}

export interface ButtonLinkProps {
  href: string;
  variant?: ButtonVariant;
  id?: string;
  class?: string;
  icon?: string;
  srOnly?: string;
  children?: Child;
}

/** A link styled as a DKFDS button: `<a class="button button-primary">`. */
export function ButtonLink(props: ButtonLinkProps) {
  return (
    <a href={props.href} class={cx('button', `button-${props.variant ?? 'primary'}`, props.class)} id={props.id}>
      {props.icon ? <Icon name={props.icon} /> : null}
      {props.children}
      {props.srOnly ? <span class="sr-only"> {props.srOnly}</span> : null}
    </a>
  );
}

export interface BackLinkProps {
  href: string;
  /** Default "Tilbage". */
  text?: string;
}

/** back-link.njk */
export function BackLink({ href, text }: BackLinkProps) {
  return (
    <div>
      <a href={href} class="back-link">
        <Icon name="chevron-left" />
        {text ?? 'Tilbage'}
      </a>
    </div>
  );
}
