import { Checkbox, Fieldset, Select, TextInput } from '../../../components/index.js';
import { withTrailingBlank } from '../form-values.js';
import { rowsOf, textOf } from '../../../form-kit/index.js';
import { decisionModeLabels, purposeLabels } from '../labels.js';
import { isBlankEarmark, isBlankLine } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

/** Budget lines with an amount per year (kroner), decision route and earmarks. */
export function BudgetFields({ ctx, values, errors, years, bodies }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const lines = withTrailingBlank(rowsOf(values.budgetLines), isBlankLine);
  const bodyOptions = [
    { value: '', label: t({ da: 'Vælg beslutningsorgan', en: 'Choose decision body' }) },
    ...bodies.map((b) => ({ value: b.key, label: b.name })),
  ];
  const modeOptions = (['meeting', 'direct'] as const).map((m) => ({ value: m, label: t(decisionModeLabels[m]) }));

  const route = (base: string, isNew: boolean) => (
    <div class="row">
      <div class="col-12 col-md-4">
        <Select
          name={`${base}[decisionMode]`}
          label={t({ da: 'Beslutningsform', en: 'Decision mode' })}
          options={modeOptions}
          value={v(`${base}[decisionMode]`) || 'meeting'}
          error={e(`${base}[decisionMode]`)}
        />
      </div>
      <div class="col-12 col-md-4">
        <Select
          name={`${base}[decisionBodyKey]`}
          label={t({ da: 'Beslutningsorgan (ved møde)', en: 'Decision body (at a meeting)' })}
          options={bodyOptions}
          value={v(`${base}[decisionBodyKey]`) || (isNew && bodies.length === 1 ? (bodies[0]?.key ?? '') : '')}
          error={e(`${base}[decisionBodyKey]`)}
        />
      </div>
      <div class="col-12 col-md-4">
        <TextInput
          name={`${base}[directDeciderLabel]`}
          label={t({ da: 'Hvem beslutter direkte', en: 'Who decides directly' })}
          value={v(`${base}[directDeciderLabel]`)}
          error={e(`${base}[directDeciderLabel]`)}
        />
      </div>
    </div>
  );

  return (
    <div id="budgetLines">
      {bodies.length === 0 ? (
        <p class="form-hint">
          {t({
            da: 'Opret beslutningsorganer under "Beslutningsorganer", før du vælger dem her.',
            en: 'Create decision bodies under "Decision bodies" before choosing them here.',
          })}
        </p>
      ) : null}
      {lines.map((line, i) => {
        const base = `budgetLines[${i}]`;
        const isNew = isBlankLine(line);
        // Saved lines carry one amount per year of the period; a new line gets the period's years.
        const given = rowsOf(line.amounts);
        const amountRows = given.length > 0 ? given : years.map((y) => ({ year: String(y) }));
        const earmarks = withTrailingBlank(rowsOf(line.earmarks), isBlankEarmark);
        return (
          <Fieldset legend={textOf(line.name).trim() || t({ da: `Ny budgetlinje`, en: 'New budget line' })} legendClass="form-label h3" class="pool-row">
            <div class="row">
              <div class="col-12 col-md-6">
                <TextInput name={`${base}[name]`} label={t({ da: 'Navn', en: 'Name' })} value={v(`${base}[name]`)} error={e(`${base}[name]`)} />
              </div>
              <div class="col-12 col-md-6">
                <TextInput
                  name={`${base}[key]`}
                  label={t({ da: 'Nøgle', en: 'Key' })}
                  hint={t({
                    da: 'Små bogstaver, tal og bindestreg. Dannes ud fra navnet, hvis feltet er tomt.',
                    en: 'Lower-case letters, digits and hyphens. Made from the name if empty.',
                  })}
                  value={v(`${base}[key]`)}
                  error={e(`${base}[key]`)}
                />
              </div>
            </div>
            <div class="row">
              <div class="col-12 col-md-6">
                <Select
                  name={`${base}[purpose]`}
                  label={t({ da: 'Formål', en: 'Purpose' })}
                  options={(['grants', 'operation'] as const).map((p) => ({ value: p, label: t(purposeLabels[p]) }))}
                  value={v(`${base}[purpose]`) || 'grants'}
                  error={e(`${base}[purpose]`)}
                />
              </div>
              <div class="col-12 col-md-6 pt-md-7">
                <Checkbox
                  name={`${base}[openForApplications]`}
                  value="true"
                  label={t({ da: 'Åben for ansøgninger', en: 'Open for applications' })}
                  checked={isNew || v(`${base}[openForApplications]`) === 'true'}
                />
              </div>
            </div>
            {route(base, isNew)}
            <Fieldset legend={t({ da: 'Budget pr. år', en: 'Budget per year' })} id={`${base.replace(/\W+/g, '-')}amounts`}>
              <div class="row">
                {amountRows.map((a, k) => {
                  const name = `${base}[amounts][${k}]`;
                  return (
                    <div class="col-12 col-sm-6 col-md-3">
                      <input type="hidden" name={`${name}[year]`} value={textOf(a.year).trim()} />
                      <TextInput
                        name={`${name}[kroner]`}
                        label={textOf(a.year).trim()}
                        value={v(`${name}[kroner]`)}
                        error={e(`${name}[kroner]`) ?? e(`${name}[year]`)}
                        suffix="kr."
                        inputmode="decimal"
                      />
                    </div>
                  );
                })}
              </div>
            </Fieldset>
            {earmarks.map((em, k) => {
              const eb = `${base}[earmarks][${k}]`;
              const emNew = isBlankEarmark(em);
              return (
                <Fieldset
                  legend={
                    textOf(em.name).trim()
                      ? t({ da: `Øremærkning: ${textOf(em.name).trim()}`, en: `Earmark: ${textOf(em.name).trim()}` })
                      : t({ da: 'Ny øremærkning (frivilligt)', en: 'New earmark (optional)' })
                  }
                  class="pool-subrow"
                >
                  <div class="row">
                    <div class="col-12 col-md-5">
                      <TextInput name={`${eb}[name]`} label={t({ da: 'Navn', en: 'Name' })} value={v(`${eb}[name]`)} error={e(`${eb}[name]`)} />
                    </div>
                    <div class="col-12 col-md-4">
                      <TextInput name={`${eb}[key]`} label={t({ da: 'Nøgle', en: 'Key' })} value={v(`${eb}[key]`)} error={e(`${eb}[key]`)} />
                    </div>
                    <div class="col-12 col-md-3">
                      <TextInput
                        name={`${eb}[sharePercent]`}
                        label={t({ da: 'Andel af årets budget', en: "Share of the year's budget" })}
                        value={v(`${eb}[sharePercent]`)}
                        error={e(`${eb}[sharePercent]`)}
                        suffix="%"
                        inputmode="decimal"
                        width="xs"
                      />
                    </div>
                  </div>
                  {route(eb, emNew)}
                  <Checkbox
                    name={`${eb}[openForApplications]`}
                    value="true"
                    label={t({ da: 'Åben for ansøgninger', en: 'Open for applications' })}
                    checked={emNew || v(`${eb}[openForApplications]`) === 'true'}
                  />
                </Fieldset>
              );
            })}
            <AddRowButton
              ctx={ctx}
              target={`budgetLines.${i}.earmarks`}
              what={t({
                da: `med en øremærkning til ${textOf(line.name).trim() || 'den nye budgetlinje'}`,
                en: `with an earmark for ${textOf(line.name).trim() || 'the new budget line'}`,
              })}
            />
          </Fieldset>
        );
      })}
      <AddRowButton ctx={ctx} target="budgetLines" what={t({ da: 'med en budgetlinje', en: 'with a budget line' })} />
    </div>
  );
}
