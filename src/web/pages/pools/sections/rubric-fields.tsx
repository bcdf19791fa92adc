import { Fieldset, TextInput } from '../../../components/index.js';
import { rec, withTrailingBlank } from '../form-values.js';
import { rowsOf, textOf } from '../../../form-kit/index.js';
import { isBlankCriterion } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

/** The scoring rubric: criteria with weight, scale and knock-out threshold. */
export function RubricFields({ ctx, values, errors }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const rows = withTrailingBlank(rowsOf(rec(values.rubric).criteria), isBlankCriterion);
  return (
    <div id="rubric-criteria">
      {e('rubric[criteria]') ? <p class="form-error-message">{e('rubric[criteria]')}</p> : null}
      {rows.map((row, i) => {
        const base = `rubric[criteria][${i}]`;
        const isNew = isBlankCriterion(row);
        const or = (name: string, fallback: string) => v(name) || (isNew ? fallback : '');
        return (
          <Fieldset legend={textOf(rec(row.label).da).trim() || t({ da: 'Nyt kriterium', en: 'New criterion' })} legendClass="form-label h3" class="pool-row">
            <div class="row">
              <div class="col-12 col-md-6">
                <TextInput
                  name={`${base}[label][da]`}
                  label={t({ da: 'Kriterium (dansk)', en: 'Criterion (Danish)' })}
                  value={v(`${base}[label][da]`)}
                  error={e(`${base}[label][da]`)}
                />
              </div>
              <div class="col-12 col-md-6">
                <TextInput
                  name={`${base}[label][en]`}
                  label={t({ da: 'Kriterium (engelsk)', en: 'Criterion (English)' })}
                  hint={t({ da: 'Tomt: den danske tekst bruges.', en: 'Empty: the Danish text is used.' })}
                  value={v(`${base}[label][en]`)}
                  error={e(`${base}[label][en]`)}
                />
              </div>
            </div>
            <div class="row">
              <div class="col-12 col-md-4">
                <TextInput name={`${base}[key]`} label={t({ da: 'Nøgle', en: 'Key' })} value={v(`${base}[key]`)} error={e(`${base}[key]`)} />
              </div>
              <div class="col-6 col-md-2">
                <TextInput
                  name={`${base}[weight]`}
                  label={t({ da: 'Vægt', en: 'Weight' })}
                  value={or(`${base}[weight]`, '1')}
                  error={e(`${base}[weight]`)}
                  inputmode="decimal"
                  width="xs"
                />
              </div>
              <div class="col-6 col-md-2">
                <TextInput
                  name={`${base}[scaleMin]`}
                  label={t({ da: 'Skala fra', en: 'Scale from' })}
                  value={or(`${base}[scaleMin]`, '1')}
                  error={e(`${base}[scaleMin]`)}
                  inputmode="numeric"
                  width="xs"
                />
              </div>
              <div class="col-6 col-md-2">
                <TextInput
                  name={`${base}[scaleMax]`}
                  label={t({ da: 'Skala til', en: 'Scale to' })}
                  value={or(`${base}[scaleMax]`, '5')}
                  error={e(`${base}[scaleMax]`)}
                  inputmode="numeric"
                  width="xs"
                />
              </div>
              <div class="col-6 col-md-2">
                <TextInput
                  name={`${base}[knockOutBelow]`}
                  label={t({ da: 'Knock-out under', en: 'Knock-out below' })}
                  value={v(`${base}[knockOutBelow]`)}
                  error={e(`${base}[knockOutBelow]`)}
                  inputmode="decimal"
                  width="xs"
                />
              </div>
            </div>
          </Fieldset>
        );
      })}
      <AddRowButton ctx={ctx} target="rubric.criteria" what={t({ da: 'med et kriterium', en: 'with a criterion' })} />
    </div>
  );
}
