/**
 * Task list (DKFDS has none) and step indicator (stepguide.njk).
 *
 * TaskList is built from DKFDS primitives: a `bordered-list` (type/lists),
 * links and Badges for the status. Each link is described by its status
 * (aria-describedby), so screen readers hear "Budget, Udfyldt".
 * Use it for a multi-section application where sections can be completed in
 * any order; use StepIndicator for a strictly linear flow.
 */
import { Badge, type BadgeVariant } from './content.js';
import { Icon, cx } from './util.js';

export type TaskStatus = 'not-started' | 'in-progress' | 'completed' | 'error' | 'cannot-start';

const STATUS_VARIANT: Record<TaskStatus, BadgeVariant> = {
  'not-started': 'none',
  'in-progress': 'info',
  completed: 'success',
  error: 'error',
  'cannot-start': 'none',
};

export const DEFAULT_TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': 'Ikke startet',
  'in-progress': 'I gang',
  completed: 'Udfyldt',
  error: 'Indeholder fejl',
  'cannot-start': 'Kan ikke startes endnu',
};

export interface TaskItem {
  /** Used to build element ids; must be unique within the list. */
  id: string;
  label: string;
  /** Omit to render the task without a link (e.g. "cannot-start"). */
  href?: string;
  status: TaskStatus;
  hint?: string;
}

export interface TaskListProps {
  items: TaskItem[];
  /** Status texts (bilingual); Danish defaults. */
  statusLabels?: Partial<Record<TaskStatus, string>>;
  /** Prefix for element ids. Default "task". */
  idPrefix?: string;
  class?: string;
}

/** Accessible task list with status badges. */
export function TaskList({ items, statusLabels, idPrefix = 'task', class: className }: TaskListProps) {
  return (
    <ol class={cx('bordered-list task-list', className)}>
      {items.map((item) => {
        const statusId = `${idPrefix}-${item.id}-status`;
        const hintId = `${idPrefix}-${item.id}-hint`;
        const statusText = statusLabels?.[item.status] ?? DEFAULT_TASK_STATUS_LABELS[item.status];
        return (
          <li class="task-list__item">
            <div class="task-list__name">
              {item.href !== undefined ? (
                <a href={item.href} aria-describedby={cx(item.hint && hintId, statusId)}>
                  {item.label}
                </a>
              ) : (
                <span>{item.label}</span>
              )}
              {item.hint ? (
                <span class="form-hint mt-0 mb-0" id={hintId}>
                  {item.hint}
                </span>
              ) : null}
            </div>
            <Badge text={statusText} variant={STATUS_VARIANT[item.status]} id={statusId} strong={item.status === 'completed'} class="task-list__status" />
          </li>
        );
      })}
    </ol>
  );
}

export type StepState = 'number' | 'success' | 'error';

export interface Step {
  label: string;
  href?: string;
  /** Default "number". */
  state?: StepState;
  current?: boolean;
  disabled?: boolean;
  hint?: string;
}

export interface StepIndicatorProps {
  steps: Step[];
  /** "Trin {n} gennemført" */
  successLabel?: (n: number) => string;
  /** "Fejl i trin {n}" */
  errorLabel?: (n: number) => string;
  /** aria-label for a wrapping nav; default "Trinindikator". */
  ariaLabel?: string;
}

/**
 * stepguide.njk `stepIndicator` (the list only; the mobile modal button needs JS
 * and is omitted, the list itself is shown at all widths). Wrapped in a nav.
 */
export function StepIndicator({ steps, successLabel, errorLabel, ariaLabel }: StepIndicatorProps) {
  const ok = successLabel ?? ((n: number) => `Trin ${n} gennemført`);
  const err = errorLabel ?? ((n: number) => `Fejl i trin ${n}`);
  return (
    <nav aria-label={ariaLabel ?? 'Trinindikator'}>
      <ol class="step-indicator">
        {steps.map((s, i) => {
          const n = i + 1;
          const state = s.state ?? 'number';
          const liClass = cx(s.disabled && 'disabled', s.current && 'current', state === 'error' && 'error') || undefined;
          const inner = (
            <>
              <span class={state === 'number' ? 'step-number' : 'step-icon'}>
                {state === 'number' ? <span>{n}</span> : null}
                {state === 'success' ? <Icon name="check" label={ok(n)} /> : null}
                {state === 'error' ? <Icon name="error" label={err(n)} /> : null}
              </span>
              <div>
                <span class="step-title">{s.label}</span>
                {s.hint ? <span class="step-information">{s.hint}</span> : null}
              </div>
            </>
          );
          return (
            <li class={liClass}>
              {s.disabled || s.href === undefined ? (
                <div class="step" aria-current={s.current ? 'step' : undefined}>
                  {inner}
                </div>
              ) : (
                <a class="step" href={s.href} aria-current={s.current ? 'step' : undefined}>
                  {inner}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
