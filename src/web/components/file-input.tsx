/**
 * File upload field. DKFDS has no file-upload template; its stylesheet styles a plain
 * `input[type="file"]` after a `form-label` (elements/_inputs.scss), so this follows the
 * text-input.njk conventions (form-group, label, hint, error message, aria attributes).
 */
import { ErrorMessage, Hint, Label, errorId, hintId, type FieldBaseProps } from './form.js';
import { cx, describedBy, fieldId } from './util.js';

export interface FileInputProps extends FieldBaseProps {
  /** e.g. ".pdf,.docx,image/png" */
  accept?: string;
  multiple?: boolean;
}

export function FileInput(props: FileInputProps) {
  const id = props.id ?? fieldId(props.name);
  return (
    <div class={cx('form-group', props.error && 'form-error', props.class)}>
      <Label for={id} text={props.label} disabled={props.disabled} />
      {props.hint ? <Hint id={id} text={props.hint} /> : null}
      {props.error ? <ErrorMessage id={id} text={props.error} prefix={props.errorPrefix} /> : null}
      <input
        type="file"
        id={id}
        name={props.name}
        accept={props.accept}
        multiple={props.multiple ? true : undefined}
        disabled={props.disabled ? true : undefined}
        required={props.required && !props.disabled ? true : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && hintId(id), props.error && errorId(id))}
      />
    </div>
  );
}
