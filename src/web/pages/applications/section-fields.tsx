import { COST_TYPE_LABELS, NEWNESS_LABELS, type FieldDef, type ItemDef, type OptionSource, type RowsDef } from '../../../domain/application-sections.js';
import type { PoolContext } from '../../../usecases/applications/pool-context.js';
import { Button, Checkboxes, Radios, Select, TextArea, TextInput, fieldId } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { FormFields, rowsOf, valueAt, type FormValues } from '../../form-kit/index.js';

interface Ctx {
  ctx: PageContext;
  pool: PoolContext;
  values: FormValues;
  /** By form field name. */
  errors: Record<string, string>;
}

export function optionsFor(source: OptionSource, pool: PoolContext, t: PageContext['t']): { value: string; label: string }[] {
  const lists = pool.pool.lists;
  switch (source) {
    case 'projectTypes':
      return lists.projectTypes.map((c) => ({ value: c.key, label: c.label }));
    case 'categories':
      return lists.categories.map((c) => ({ value: c.key, label: c.label }));
    case 'targetGroups':
      return lists.targetGroups.map((c) => ({ value: c.key, label: c.label }));
    case 'effectGoals':
      return lists.effectGoals.map((c) => ({ value: c.key, label: c.label }));
    case 'departments':
      return pool.departments.map((d) => ({ value: d.id, label: d.name }));
    case 'budgetLines':
      return pool.openLines.map((l) => ({ value: l.id, label: l.name }));
    case 'costTypes':
      return Object.entries(COST_TYPE_LABELS).map(([value, label]) => ({ value, label: t(label) }));
    case 'newness':
      return Object.entries(NEWNESS_LABELS).map(([value, label]) => ({ value, label: t(label) }));
  }
}

function checkedValues(values: FormValues, name: string): string[] {
  const cur = new FormFields(values).raw(name);
  return Array.isArray(cur) ? cur.map(String) : typeof cur === 'string' && cur !== '' ? [cur] : [];
}

/** One field of the form by its kind. `name` is the form name (`privatePartners[0][cvr]`). */
export function Field({ def, name, c }: { def: FieldDef; name: string; c: Ctx }) {
  const { t } = c.ctx;
  const label = t(def.label);
  const hint = def.hint ? t(def.hint) : undefined;
  const error = c.errors[name];
  const value = valueAt(c.values, name);
  /** What every input of the field carries; a group (radios, checkboxes) has a legend instead of a label. */
  const common = { name, hint, error };
  const options = def.options ? optionsFor(def.options, c.pool, t) : [];
  switch (def.kind) {
    case 'textarea':
      return <TextArea {...common} label={label} value={value} rows={5} />;
    case 'select': {
      return <Select {...common} label={label} value={value} options={[{ value: '', label: t({ da: 'Vælg', en: 'Choose' }) }, ...options]} />;
    }
    case 'checkboxes': {
      if (options.length === 0) return null;
      const checked = checkedValues(c.values, name);
      return <Checkboxes {...common} legend={label} items={options.map((o) => ({ value: o.value, label: o.label, checked: checked.includes(o.value) }))} />;
    }
    case 'radios': {
      return <Radios {...common} legend={label} items={options.map((o) => ({ value: o.value, label: o.label, checked: value === o.value }))} />;
    }
    case 'yesno':
      return (
        <Radios
          {...common}
          legend={label}
          items={[
            { value: 'ja', label: t({ da: 'Ja', en: 'Yes' }), checked: value === 'ja' },
            { value: 'nej', label: t({ da: 'Nej', en: 'No' }), checked: value === 'nej' },
          ]}
        />
      );
    case 'money':
      return <TextInput {...common} label={label} value={value} inputmode="decimal" width="m" suffix="kr." />;
    case 'number':
    case 'percent':
      return <TextInput {...common} label={label} value={value} inputmode="decimal" width="s" />;
    case 'year':
      return <TextInput {...common} label={label} value={value} inputmode="numeric" width="xs" />;
    case 'date':
      return <TextInput type="date" {...common} label={label} hint={hint ?? t({ da: 'Fx 31.03.2027', en: 'E.g. 31 March 2027' })} value={value} width="m" />;
    default:
      return <TextInput {...common} label={label} value={value} />;
  }
}

/** A repeatable group without JS: the rows so far plus one blank row, a "Fjern" per row and an "Tilføj" button. */
export function Rows({ def, c }: { def: RowsDef; c: Ctx }) {
  const { t } = c.ctx;
  const rows = rowsOf(c.values[def.key]);
  const count = rows.length + 1;
  const groupError = c.errors[def.key];
  return (
    <div class={groupError ? 'form-group form-error' : 'form-group'}>
      <fieldset id={fieldId(def.key)}>
        <legend class="h3">{t(def.label)}</legend>
        {def.hint ? <p class="form-hint">{t(def.hint)}</p> : null}
        {groupError ? (
          <span class="form-error-message">
            <span class="sr-only">{t({ da: 'Fejl:', en: 'Error:' })} </span>
            {groupError}
          </span>
        ) : null}
        {Array.from({ length: count }, (_, i) => {
          const isNew = i === rows.length;
          return (
            <fieldset class="mt-5">
              <legend class="h5">
                {`${t(def.rowLabel)} ${i + 1}`}
                {isNew ? ` ${t({ da: '(ny)', en: '(new)' })}` : ''}
              </legend>
              {def.fields.map((f) => (
                <Field def={f} name={`${def.key}[${i}][${f.key}]`} c={c} />
              ))}
              {!isNew ? (
                <Button variant="secondary" name="handling" value={`fjern:${def.key}:${i}`} srOnly={`${t(def.rowLabel)} ${i + 1}`}>
                  {t({ da: 'Fjern', en: 'Remove' })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <div class="mt-5">
          <Button variant="secondary" name="handling" value={`tilfoej:${def.key}`} icon="plus">
            {`${t({ da: 'Tilføj', en: 'Add' })} ${t(def.rowLabel).toLowerCase()}`}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}

export function Item({ item, c }: { item: ItemDef; c: Ctx }) {
  if (item.kind === 'rows') return <Rows def={item} c={c} />;
  if (item.kind === 'object') {
    return (
      <>
        {item.fields.map((f) => (
          <Field def={f} name={`${item.key}[${f.key}]`} c={c} />
        ))}
      </>
    );
  }
  return <Field def={item} name={item.key} c={c} />;
}
