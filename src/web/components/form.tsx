/**
 * DKFDS form controls (node_modules/dkfds/src/components/form/controls/*.njk,
 * checkboxes/*.njk, radiobuttons/*.njk).
 *
 * Shared conventions:
 * - `id` defaults to `fieldId(name)`; hint id is `<id>-hint`, error id `<id>-error`.
 * - With `error`, the form-group gets `form-error`, the control `aria-invalid="true"`,
 *   and an error message `<span class="form-error-message">` with a visually hidden prefix.
 * - `required` only adds the native attribute (default false, so server-side
 *   validation and the error summary handle missing values consistently).
 */
import type { Child } from 'hono/jsx';
import { cx, describedBy, fieldId } from './util.js';

export interface FieldBaseProps {
  name: string;
  label: string;
  id?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Visually hidden prefix of the error message. Default "Fejl:". */
  errorPrefix?: string;
  /** Show "(frivilligt)" after the label. */
  optional?: boolean;
  /** Text of the optional marker. Default "frivilligt". */
  optionalText?: string;
  /** Show "(*skal udfyldes)" after the label. */
  requiredMarker?: boolean;
  /** Text of the required marker. Default "*skal udfyldes". */
  requiredText?: string;
  /** Extra classes on the outer form-group. */
  class?: string;
}

export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

interface LabelMarkerProps {
  optional?: boolean;
  optionalText?: string;
  requiredMarker?: boolean;
  requiredText?: string;
}

function LabelMarkers({ optional, optionalText, requiredMarker, requiredText }: LabelMarkerProps) {
  return (
    <>
      {optional ? <span class="weight-normal"> ({optionalText ?? 'frivilligt'})</span> : null}
      {requiredMarker ? <span class="weight-normal"> ({requiredText ?? '*skal udfyldes'})</span> : null}
    </>
  );
}

export interface LabelProps extends LabelMarkerProps {
  for: string;
  text: string;
  class?: string;
  disabled?: boolean;
}

/** label.njk */
export function Label(props: LabelProps) {
  return (
    <label class={cx('form-label', props.class, props.disabled && 'disabled')} for={props.for}>
      {props.text}
      <LabelMarkers {...props} />
    </label>
  );
}

/** helptext.njk */
export function Hint({ id, text }: { id: string; text: string }) {
  return (
    <span class="form-hint" id={hintId(id)}>
      {text}
    </span>
  );
}

/** errormessage.njk */
export function ErrorMessage({ id, text, prefix }: { id: string; text: string; prefix?: string }) {
  return (
    <span class="form-error-message" id={errorId(id)}>
      <span class="sr-only">{prefix ?? 'Fejl:'} </span>
      {text}
    </span>
  );
}

// ---------------------------------------------------------------------------
// Text input
// ---------------------------------------------------------------------------

export type InputWidth = 'xxs' | 'xs' | 's' | 'm' | 'l' | 'xl';

export interface TextInputProps extends FieldBaseProps {
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'tel' | 'url' | 'search';
  value?: string;
  autocomplete?: string;
  inputmode?: 'none' | 'text' | 'tel' | 'url' | 'email' | 'numeric' | 'decimal' | 'search';
  /** Width class `input-width-<width>`. */
  width?: InputWidth;
  readonly?: boolean;
  spellcheck?: boolean;
  pattern?: string;
  min?: string;
  max?: string;
  step?: string;
  /** Text shown before the input, e.g. "DKK" (aria-hidden, as in DKFDS). */
  prefix?: string;
  /** Text shown after the input, e.g. "kr." (aria-hidden, as in DKFDS). */
  suffix?: string;
  /** Extra class on the form-group (e.g. "form-group-day"). */
  class?: string;
  /** Extra class on the input element. */
  inputClass?: string;
}

/** text-input.njk */
export function TextInput(props: TextInputProps) {
  const id = props.id ?? fieldId(props.name);
  const input = (
    <input
      type={props.type ?? 'text'}
      id={id}
      name={props.name}
      class={cx('form-input', props.width && `input-width-${props.width}`, props.inputClass)}
      value={props.value !== undefined && props.value !== '' ? props.value : undefined}
      disabled={props.disabled ? true : undefined}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))}
      readonly={props.readonly ? true : undefined}
      required={props.required && !props.disabled ? true : undefined}
      autocomplete={props.autocomplete}
      inputmode={props.inputmode}
      spellcheck={props.spellcheck === undefined ? undefined : props.spellcheck}
      pattern={props.pattern}
      min={props.min}
      max={props.max}
      step={props.step}
    />
  );
  const wrapped =
    props.prefix || props.suffix ? (
      <div
        class={cx(
          'form-input-wrapper',
          props.prefix && 'form-input-wrapper--prefix',
          props.suffix && 'form-input-wrapper--suffix',
          props.disabled && 'disabled',
          props.readonly && 'readonly',
        )}
      >
        {props.prefix ? (
          <div class="form-input-prefix" aria-hidden="true">
            {props.prefix}
          </div>
        ) : null}
        {input}
        {props.suffix ? (
          <div class="form-input-suffix" aria-hidden="true">
            {props.suffix}
          </div>
        ) : null}
      </div>
    ) : (
      input
    );
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <Label for={id} text={props.label} disabled={props.disabled} {...markers(props)} />
      {props.hint ? <Hint id={id} text={props.hint} /> : null}
      {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
      {wrapped}
    </div>
  );
}

function markers(p: LabelMarkerProps): LabelMarkerProps {
  return {
    optional: p.optional,
    optionalText: p.optionalText,
    requiredMarker: p.requiredMarker,
    requiredText: p.requiredText,
  };
}

// ---------------------------------------------------------------------------
// Text area
// ---------------------------------------------------------------------------

export interface TextAreaProps extends FieldBaseProps {
  value?: string;
  rows?: number;
  readonly?: boolean;
  /**
   * Character limit (characterlimit.njk). Adds `form-limit`/`data-maxlength` so
   * DKFDS JS can show a live counter if loaded; without JS a static message is shown.
   * No `maxlength` is set: the server must validate the length.
   */
  characterLimit?: number;
  /** Static limit message; default `Du kan indtaste op til {n} tegn`. */
  characterLimitText?: string;
  /** Extra class on the textarea element. */
  inputClass?: string;
}

export const characterLimitId = (id: string): string => `${id}-limit-message`;

/** text-area.njk (+ characterlimit.njk) */
export function TextArea(props: TextAreaProps) {
  const id = props.id ?? fieldId(props.name);
  const limit = props.characterLimit;
  const limitText = props.characterLimitText ?? `Du kan indtaste op til ${limit ?? 0} tegn`;
  return (
    <div
      class={cx('form-group', props.class, props.error && 'form-error', limit !== undefined && 'form-limit')}
      data-maxlength={limit !== undefined ? String(limit) : undefined}
    >
      <Label for={id} text={props.label} disabled={props.disabled} {...markers(props)} />
      {props.hint ? <Hint id={id} text={props.hint} /> : null}
      {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
      <textarea
        class={cx('form-input', props.inputClass)}
        id={id}
        name={props.name}
        rows={props.rows}
        required={props.required && !props.disabled ? true : undefined}
        disabled={props.disabled ? true : undefined}
        readonly={props.readonly ? true : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id), limit !== undefined && characterLimitId(id))}
      >
        {props.value ?? ''}
      </textarea>
      {limit !== undefined ? (
        <>
          <span id={characterLimitId(id)} class="sr-only">
            {limitText}
          </span>
          <span class="form-hint character-limit" aria-hidden="true">
            {limitText}
          </span>
          <span class="character-limit-sr-only sr-only" aria-live="polite"></span>
        </>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------------------
// Select
// ---------------------------------------------------------------------------

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldBaseProps {
  options: SelectOption[];
  /** Selected value. */
  value?: string;
  autocomplete?: string;
  /** Extra class on the select element (e.g. "input-width-m"). */
  inputClass?: string;
}

/** select.njk */
export function Select(props: SelectProps) {
  const id = props.id ?? fieldId(props.name);
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <Label for={id} text={props.label} disabled={props.disabled} {...markers(props)} />
      {props.hint ? <Hint id={id} text={props.hint} /> : null}
      {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
      <select
        class={cx('form-select', props.inputClass)}
        name={props.name}
        id={id}
        disabled={props.disabled ? true : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))}
        required={props.required && !props.disabled ? true : undefined}
        autocomplete={props.autocomplete}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={props.value !== undefined && o.value === props.value ? true : undefined} disabled={o.disabled ? true : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Checkbox / Checkboxes
// ---------------------------------------------------------------------------

export interface CheckboxProps {
  name: string;
  label: string;
  value?: string;
  id?: string;
  checked?: boolean;
  hint?: string;
  disabled?: boolean;
  required?: boolean;
  /**
   * Error message for a stand-alone checkbox (e.g. a confirmation). Wraps the
   * checkbox in `form-group form-error` with an error message, as DKFDS does for groups.
   */
  error?: string;
  errorPrefix?: string;
  /** Extra class on the form-group-checkbox div. */
  class?: string;
}

/** checkbox.njk (single checkbox item; value defaults to "true"). */
export function CheckboxItem(props: CheckboxProps & { describedByExtra?: string }) {
  const id = props.id ?? fieldId(props.name);
  return (
    <div class={cx('form-group-checkbox', props.class)}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        class="form-checkbox"
        value={props.value ?? 'true'}
        aria-describedby={describedBy(props.hint && hintId(id), props.describedByExtra)}
        disabled={props.disabled ? true : undefined}
        required={props.required && !props.disabled ? true : undefined}
        checked={props.checked ? true : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
      <label class="form-label" for={id}>
        {props.label}
      </label>
      {props.hint ? <Hint id={id} text={props.hint} /> : null}
    </div>
  );
}

/**
 * A single checkbox. Without `error` it renders only the checkbox item (as
 * checkbox.njk); with `error` it is wrapped in a form-group with the error message.
 */
export function Checkbox(props: CheckboxProps) {
  if (!props.error) return <CheckboxItem {...props} />;
  const id = props.id ?? fieldId(props.name);
  return (
    <div class="form-group form-error">
      <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} />
      <CheckboxItem {...props} id={id} describedByExtra={errorId(id)} />
    </div>
  );
}

export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string;
  checked?: boolean;
  disabled?: boolean;
  /** Override the generated id. */
  id?: string;
}

export interface ChoiceGroupProps {
  name: string;
  /** Legend of the fieldset. */
  legend: string;
  items: ChoiceItem[];
  /** Group id (for hint/error ids); default fieldId(name). */
  id?: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  class?: string;
  /** Class on the legend; default "form-label". Use e.g. "form-label h3" for a heading-sized legend. */
  legendClass?: string;
}

/**
 * Item ids: the first item gets the group id itself (so `#<fieldId(name)>` from
 * the error summary lands on the first option), the others `<id>-option<n>`
 * (as in checkboxes.njk / radiobuttons.njk).
 */
export function choiceItemId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-option${index + 1}`;
}

/** checkboxes.njk */
export function Checkboxes(props: ChoiceGroupProps) {
  const id = props.id ?? fieldId(props.name);
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <fieldset aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))}>
        <legend class={props.legendClass ?? 'form-label'}>{props.legend}</legend>
        {props.hint ? <Hint id={id} text={props.hint} /> : null}
        {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
        {props.items.map((item, i) => (
          <CheckboxItem
            id={item.id ?? choiceItemId(id, i)}
            name={props.name}
            value={item.value}
            label={item.label}
            hint={item.hint}
            checked={item.checked}
            disabled={item.disabled}
          />
        ))}
      </fieldset>
    </div>
  );
}

/** radiobuttons.njk (without tooltip/hidden content). */
export function Radios(props: ChoiceGroupProps) {
  const id = props.id ?? fieldId(props.name);
  const legendId = `${id}-legend`;
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <fieldset aria-labelledby={legendId} aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))}>
        <legend class={props.legendClass ?? 'form-label'} id={legendId}>
          {props.legend}
        </legend>
        {props.hint ? <Hint id={id} text={props.hint} /> : null}
        {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
        {props.items.map((item, i) => {
          const itemId = item.id ?? choiceItemId(id, i);
          return (
            <div class="form-group-radio">
              <input
                type="radio"
                id={itemId}
                name={props.name}
                class="form-radio"
                value={item.value}
                aria-describedby={item.hint ? hintId(itemId) : undefined}
                disabled={item.disabled ? true : undefined}
                checked={item.checked ? true : undefined}
              />
              <label class="form-label" for={itemId}>
                {item.label}
              </label>
              {item.hint ? <Hint id={itemId} text={item.hint} /> : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Fieldset wrapper
// ---------------------------------------------------------------------------

export interface FieldsetProps {
  legend: string;
  /** Id used for hint/error ids. Required if hint or error is set. */
  id?: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  /** Class on the legend; default "form-label". */
  legendClass?: string;
  class?: string;
  children?: Child;
}

/** Generic fieldset in DKFDS form-group style (as used by date-input.njk / checkboxes.njk). */
export function Fieldset(props: FieldsetProps) {
  const id = props.id;
  const hasMeta = id !== undefined;
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <fieldset aria-describedby={hasMeta ? describedBy(props.hint && hintId(id), props.error && errorId(id)) : undefined}>
        <legend class={props.legendClass ?? 'form-label'}>{props.legend}</legend>
        {props.hint && hasMeta ? <Hint id={id} text={props.hint} /> : null}
        {props.error && hasMeta ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
        {props.children}
      </fieldset>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Date input (date-input.njk)
// ---------------------------------------------------------------------------

export interface DateInputProps {
  /** Base name; sub-fields are `<name>[day]`, `<name>[month]`, `<name>[year]` unless `names` is given. */
  name: string;
  legend: string;
  id?: string;
  values?: { day?: string; month?: string; year?: string };
  names?: { day: string; month: string; year: string };
  labels?: { day?: string; month?: string; year?: string };
  /** e.g. { day: "bday-day", month: "bday-month", year: "bday-year" } */
  autocomplete?: { day?: string; month?: string; year?: string };
  hint?: string;
  error?: string;
  errorPrefix?: string;
  required?: boolean;
  disabled?: boolean;
  class?: string;
}

/**
 * date-input.njk. Sub-field ids are `<id>-day|month|year`, which equals
 * `fieldId("<name>[day]")` when id is not overridden; link error-summary
 * entries to field `<name>[day]`.
 */
export function DateInput(props: DateInputProps) {
  const id = props.id ?? fieldId(props.name);
  const names = props.names ?? {
    day: `${props.name}[day]`,
    month: `${props.name}[month]`,
    year: `${props.name}[year]`,
  };
  const parts = [
    { key: 'day', label: props.labels?.day ?? 'Dag', group: 'form-group-day' },
    { key: 'month', label: props.labels?.month ?? 'Måned', group: 'form-group-month' },
    { key: 'year', label: props.labels?.year ?? 'År', group: 'form-group-year' },
  ] as const;
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <fieldset aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))} disabled={props.disabled ? true : undefined}>
        <legend class="form-label">{props.legend}</legend>
        {props.hint ? <Hint id={id} text={props.hint} /> : null}
        {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
        <div class="date-group mt-3">
          {parts.map((p) => {
            const partId = `${id}-${p.key}`;
            return (
              <div class={cx('form-group', p.group)}>
                <label class="form-label" for={partId}>
                  {p.label}
                </label>
                <input
                  type="text"
                  inputmode="numeric"
                  id={partId}
                  name={names[p.key]}
                  class="form-input"
                  value={props.values?.[p.key] || undefined}
                  aria-invalid={props.error ? 'true' : undefined}
                  required={props.required && !props.disabled ? true : undefined}
                  autocomplete={props.autocomplete?.[p.key]}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
