import { RULE_KINDS, ruleKinds } from '../../../../domain/eligibility.js';
import { Checkboxes, Details, Fieldset, Select, TextInput } from '../../../components/index.js';
import { strings, withTrailingBlank } from '../form-values.js';
import { rowsOf, textOf } from '../../../form-kit/index.js';
import { severityLabels } from '../labels.js';
import { isBlankRule, ruleNumberParam } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

/** Eligibility rules chosen from the catalogue, with their number parameter and hard/soft. */
export function RulesFields({ ctx, values, errors, lines }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const rows = withTrailingBlank(rowsOf(values.eligibilityRules), isBlankRule);
  const kindOptions = [
    { value: '', label: t({ da: 'Vælg en regel', en: 'Choose a rule' }) },
    ...RULE_KINDS.map((k) => ({ value: k, label: t(ruleKinds[k].label) })),
  ];
  return (
    <div id="eligibilityRules">
      <Details summary={t({ da: 'Om regeltyperne', en: 'About the rule kinds' })}>
        <dl>
          {RULE_KINDS.map((k) => (
            <>
              <dt>{t(ruleKinds[k].label)}</dt>
              <dd>
                {t(ruleKinds[k].description)}
                {ruleNumberParam(k) ? ` ${t({ da: 'Antallet angives i feltet "Antal".', en: 'The number goes in the "Number" field.' })}` : ''}
              </dd>
            </>
          ))}
        </dl>
      </Details>
      {rows.map((row, i) => {
        const base = `eligibilityRules[${i}]`;
        const kind = textOf(row.kind).trim();
        const exempt = strings(row.exemptBudgetLines);
        const only = strings(row.appliesToBudgetLines);
        return (
          <Fieldset
            legend={kind && kind in ruleKinds ? t(ruleKinds[kind as keyof typeof ruleKinds].label) : t({ da: 'Ny regel', en: 'New rule' })}
            legendClass="form-label h3"
            class="pool-row"
          >
            <input type="hidden" name={`${base}[id]`} value={v(`${base}[id]`)} />
            <div class="row">
              <div class="col-12 col-md-6">
                <Select name={`${base}[kind]`} label={t({ da: 'Regel', en: 'Rule' })} options={kindOptions} value={kind} error={e(`${base}[kind]`)} />
              </div>
              <div class="col-12 col-md-6">
                <Select
                  name={`${base}[severity]`}
                  label={t({ da: 'Krav eller anbefaling', en: 'Requirement or recommendation' })}
                  options={(['hard', 'soft'] as const).map((s) => ({ value: s, label: t(severityLabels[s]) }))}
                  value={v(`${base}[severity]`) || 'hard'}
                  error={e(`${base}[severity]`)}
                />
              </div>
            </div>
            <TextInput
              name={`${base}[number]`}
              label={t({ da: 'Antal', en: 'Number' })}
              hint={t({
                da: 'Fx mindst 2 bundlinjer, 1 privat virksomhed, 1 effektmål eller 1 resultatmål; for "Økonomisk bundlinje plus øvrige" antallet af øvrige bundlinjer. Bruges ikke af de andre regler.',
                en: 'E.g. at least 2 bottom lines, 1 private company, 1 effect goal or 1 result goal; for "Economic bottom line plus others" the number of other bottom lines. Not used by the other rules.',
              })}
              value={v(`${base}[number]`)}
              error={e(`${base}[number]`)}
              width="xs"
              inputmode="numeric"
            />
            {lines.length > 0 ? (
              <div class="row">
                <div class="col-12 col-md-6">
                  <Checkboxes
                    name={`${base}[exemptBudgetLines][]`}
                    id={`eligibilityRules-${i}-exemptBudgetLines`}
                    legend={t({ da: 'Gælder ikke for', en: 'Does not apply to' })}
                    error={e(`${base}[exemptBudgetLines]`)}
                    items={lines.map((l) => ({ value: l.key, label: l.name, checked: exempt.includes(l.key) }))}
                  />
                </div>
                <div class="col-12 col-md-6">
                  <Checkboxes
                    name={`${base}[appliesToBudgetLines][]`}
                    id={`eligibilityRules-${i}-appliesToBudgetLines`}
                    legend={t({ da: 'Gælder kun for (tomt: alle)', en: 'Applies only to (empty: all)' })}
                    error={e(`${base}[appliesToBudgetLines]`)}
                    items={lines.map((l) => ({ value: l.key, label: l.name, checked: only.includes(l.key) }))}
                  />
                </div>
              </div>
            ) : null}
          </Fieldset>
        );
      })}
      <AddRowButton ctx={ctx} target="eligibilityRules" what={t({ da: 'med en regel', en: 'with a rule' })} />
    </div>
  );
}
