/** DKFDS alerts (alerts.njk) and the error summary built on it. */
import type { Child } from 'hono/jsx';
import { Icon, cx, fieldId } from './util.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';
export type HeadingLevel = 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'strong';

const DEFAULT_ICON_LABELS: Record<AlertVariant, string> = {
  info: 'Information',
  success: 'Succes',
  warning: 'Advarsel',
  error: 'Fejl',
};

export interface AlertProps {
  variant: AlertVariant;
  heading?: string;
  /** Default "h2" (DKFDS default is h3; pass headingLevel to match the page outline). */
  headingLevel?: HeadingLevel;
  headingId?: string;
  /** Wrap children in `<p class="alert-text">` (default true). Set false for block content. */
  contentContainer?: boolean;
  /** Paragraph width (alert--paragraph). */
  paragraph?: boolean;
  /** Force role="alert" (always set for warning/error, as in DKFDS). */
  alertRole?: boolean;
  /** Accessible label of the variant icon; Danish defaults. */
  iconLabel?: string;
  id?: string;
  class?: string;
  tabindex?: number;
  /** data-module attribute (e.g. "error-summary"). */
  dataModule?: string;
  children?: Child;
}

export function Heading({ level, id, class: className, children }: { level: HeadingLevel; id?: string; class: string; children?: Child }) {
  switch (level) {
    case 'h2':
      return (
        <h2 class={className} id={id}>
          {children}
        </h2>
      );
    case 'h3':
      return (
        <h3 class={className} id={id}>
          {children}
        </h3>
      );
    case 'h4':
      return (
        <h4 class={className} id={id}>
          {children}
        </h4>
      );
    case 'h5':
      return (
        <h5 class={className} id={id}>
          {children}
        </h5>
      );
    case 'h6':
      return (
        <h6 class={className} id={id}>
          {children}
        </h6>
      );
    case 'strong':
      return (
        <strong class={className} id={id}>
          {children}
        </strong>
      );
  }
}

/** alerts.njk */
export function Alert(props: AlertProps) {
  const role = props.variant === 'warning' || props.variant === 'error' || props.alertRole ? 'alert' : undefined;
  return (
    <div
      class={cx('alert', `alert-${props.variant}`, props.class, props.paragraph && 'alert--paragraph')}
      role={role}
      id={props.id}
      tabindex={props.tabindex}
      data-module={props.dataModule}
    >
      <Icon name={props.variant} class="alert-icon" label={props.iconLabel ?? DEFAULT_ICON_LABELS[props.variant]} />
      <div class="alert-body">
        {props.heading ? (
          <Heading level={props.headingLevel ?? 'h2'} id={props.headingId} class="alert-heading">
            {props.heading}
          </Heading>
        ) : null}
        {props.contentContainer === false ? props.children : props.children !== undefined ? <p class="alert-text">{props.children}</p> : null}
      </div>
    </div>
  );
}

export interface ErrorSummaryItem {
  /** Field name (as in the form); linked as `#${fieldId(field)}`. */
  field: string;
  message: string;
  /** Override the link target (e.g. "#custom-id"). */
  href?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /** Default "Der er problemer". */
  title?: string;
  headingLevel?: HeadingLevel;
  iconLabel?: string;
  id?: string;
}

/**
 * DKFDS error summary: an error alert (role="alert", tabindex="-1",
 * data-module="error-summary" so DKFDS JS can focus it and handle link clicks).
 * Renders nothing when there are no errors.
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  if (props.errors.length === 0) return null;
  return (
    <Alert
      variant="error"
      heading={props.title ?? 'Der er problemer'}
      headingLevel={props.headingLevel ?? 'h2'}
      iconLabel={props.iconLabel}
      id={props.id ?? 'error-summary'}
      tabindex={-1}
      dataModule="error-summary"
      contentContainer={false}
    >
      <ul class="alert-text nobullet-list">
        {props.errors.map((e) => (
          <li>
            <a href={e.href ?? `#${fieldId(e.field)}`} class="function-link">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
