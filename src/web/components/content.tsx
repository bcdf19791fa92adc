/** DKFDS badges.njk, tags.njk, details.njk, cards.njk. */
import type { Child } from 'hono/jsx';
import { Heading, type HeadingLevel } from './alert.js';
import { Icon, cx } from './util.js';

export type BadgeVariant = 'none' | 'info' | 'success' | 'warning' | 'error';

export interface BadgeProps {
  text: string;
  variant?: BadgeVariant;
  /** Render as <strong> instead of <span>. */
  strong?: boolean;
  id?: string;
  class?: string;
}

/** badges.njk */
export function Badge({ text, variant = 'none', strong, id, class: className }: BadgeProps) {
  const cls = cx('badge', variant !== 'none' && `badge-${variant}`, className);
  return strong ? (
    <strong class={cls} id={id}>
      {text}
    </strong>
  ) : (
    <span class={cls} id={id}>
      {text}
    </span>
  );
}

export interface TagProps {
  text: string;
  /** Icon after the text, e.g. "close" for a removable filter. */
  icon?: string;
  /** Default "submit" (tags are buttons in DKFDS, e.g. to remove a filter in a form). */
  type?: 'submit' | 'button';
  name?: string;
  value?: string;
  /** Visually hidden text, e.g. "Fjern filter". */
  srOnly?: string;
  class?: string;
}

/** tags.njk (a `<button class="tag">`). For non-interactive status labels use Badge. */
export function Tag(props: TagProps) {
  return (
    <button class={cx('tag', props.class)} type={props.type ?? 'submit'} name={props.name} value={props.value}>
      {props.srOnly ? <span class="sr-only">{props.srOnly} </span> : null}
      {props.text}
      {props.icon ? <Icon name={props.icon} /> : null}
    </button>
  );
}

export interface DetailsProps {
  summary: string;
  open?: boolean;
  id?: string;
  children?: Child;
}

/** details.njk (native <details>, works without JS). */
export function Details({ summary, open, id, children }: DetailsProps) {
  return (
    <details class="details" open={open ? true : undefined} id={id}>
      <summary class="details-summary">{summary}</summary>
      <div class="details-text">{children}</div>
    </details>
  );
}

export interface CardProps {
  heading?: string;
  /** Default "h2". */
  headingLevel?: Exclude<HeadingLevel, 'strong'>;
  subheading?: string;
  /** Makes the whole card a navigation link (`<a class="card">` with arrow icon). */
  href?: string;
  /** Open-in-new-window navigation card; `externalLabel` default "(åbner i nyt vindue)". */
  external?: boolean;
  externalLabel?: string;
  long?: boolean;
  id?: string;
  class?: string;
  children?: Child;
}

/** cards.njk (without image). */
export function Card(props: CardProps) {
  const content =
    props.subheading || props.heading || props.children !== undefined ? (
      <div class="card-content">
        {props.subheading ? <span class="card-subheading">{props.subheading}</span> : null}
        {props.heading ? (
          <Heading level={props.headingLevel ?? 'h2'} class="card-heading">
            {props.heading}
          </Heading>
        ) : null}
        {props.children}
      </div>
    ) : null;
  const cls = cx('card', props.long && 'long', props.class);
  if (props.href !== undefined) {
    return (
      <a class={cls} href={props.href} id={props.id} target={props.external ? '_blank' : undefined} rel={props.external ? 'noopener noreferrer' : undefined}>
        {content}
        {props.external ? (
          <Icon name="open-in-new" class="card-icon" label={props.externalLabel ?? '(åbner i nyt vindue)'} />
        ) : (
          <Icon name="arrow-forward" class="card-icon" />
        )}
      </a>
    );
  }
  return (
    <div class={cls} id={props.id}>
      {content}
    </div>
  );
}
