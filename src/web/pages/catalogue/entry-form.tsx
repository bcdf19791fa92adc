import { MATURITIES, maturityLabels, visibilityLabels, ENTRY_VISIBILITIES } from '../../../domain/catalogue.js';
import { RECOMMENDATIONS, recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import type { CategoryView } from '../../../usecases/catalogue/list-categories.js';
import type { EntryFields } from '../../../usecases/catalogue/entry-fields.js';
import { Fieldset, Radios, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt, type FormFields } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';

const isoToDanish = (iso: string | null) =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : (iso ?? '');
const kronerText = (oere: number | null | undefined) => (oere === null || oere === undefined ? '' : formatKroner(oere).replace(/\s*kr\.$/, ''));

/** An entry's fields as the form shows them (lists one per line, dates dd.mm.åååå, money in kroner). */
export function entryFormValues(f: EntryFields, money?: { spentOere: number | null; budgetOere: number | null }): Record<string, unknown> {
  return {
    ...f,
    technologyCategoryId: f.technologyCategoryId ?? '',
    maturity: f.maturity ?? '',
    evaluationOutcome: f.evaluationOutcome ?? '',
    periodStart: isoToDanish(f.periodStart),
    periodEnd: isoToDanish(f.periodEnd),
    targetGroups: f.targetGroups.join('\n'),
    partnerCompanies: f.partnerCompanies.map((p) => (p.cvr ? `${p.name}; ${p.cvr}` : p.name)).join('\n'),
    spentOere: kronerText(money?.spentOere),
    budgetOere: kronerText(money?.budgetOere),
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The posted form → the use case's input (lists from lines, "Navn; CVR" per partner, dates and kroner read by the form kit). */
export function entryInputOf(f: FormFields, opts: { money: boolean }): Record<string, unknown> {
  const input: Record<string, unknown> = {
    title: f.text('title'),
    summary: f.text('summary'),
    problem: f.text('problem'),
    technologyDescription: f.text('technologyDescription'),
    technologyCategoryId: f.text('technologyCategoryId'),
    projectType: f.text('projectType'),
    targetGroups: lines(f.text('targetGroups')),
    unitName: f.text('unitName'),
    periodStart: f.date('periodStart') ?? '',
    periodEnd: f.date('periodEnd') ?? '',
    phase: f.text('phase'),
    maturity: f.text('maturity'),
    lessons: f.text('lessons'),
    evaluationOutcome: f.text('evaluationOutcome'),
    evaluationSummary: f.text('evaluationSummary'),
    adoptionPrerequisites: f.text('adoptionPrerequisites'),
    adoptionCosts: f.text('adoptionCosts'),
    adoptionTraining: f.text('adoptionTraining'),
    contactName: f.text('contactName'),
    contactEmail: f.text('contactEmail'),
    visibility: f.text('visibility'),
    partnerCompanies: lines(f.text('partnerCompanies')).map((l) => {
      const [name = '', cvr = ''] = l.split(';').map((s) => s.trim());
      return { name, cvr: cvr.replace(/\s/g, '') };
    }),
  };
  if (opts.money) {
    input.spentOere = f.kroner('spentOere');
    input.budgetOere = f.kroner('budgetOere');
  }
  return input;
}

/** Use-case paths (`partnerCompanies.0.cvr`, `targetGroups.2`) → the textarea that holds them. */
export const entryFormRename = (path: string): string => path.split('.')[0] ?? path;

export interface EntryFormProps {
  ctx: PageContext;
  action: string;
  submit: string;
  cancelHref: string;
  categories: CategoryView[];
  values: Record<string, unknown>;
  errors?: Record<string, string>;
  /** Money typed in (older projects); a project's entry takes it from the project. */
  money: boolean;
}

/** The entry's fields, grouped as a reader meets them; the same form for publishing, editing and older projects. */
export function EntryForm({ ctx, action, submit, cancelHref, categories, values, errors = {}, money }: EntryFormProps) {
  const { t } = ctx;
  const v = (n: string) => {
    const x = valueAt(values, n);
    return typeof x === 'string' ? x : '';
  };
  const text = (name: string, label: string, hint?: string) => <TextInput name={name} label={label} hint={hint} value={v(name)} error={errors[name]} />;
  const area = (name: string, label: string, hint?: string, rows = 4) => (
    <TextArea name={name} label={label} hint={hint} rows={rows} value={v(name)} error={errors[name]} />
  );
  const current = v('technologyCategoryId');
  return (
    <PostForm ctx={ctx} action={action} errors={errors} submit={submit} cancelHref={cancelHref}>
      <Fieldset legend={t({ da: 'Projektet', en: 'The project' })} legendClass="form-label h3">
        {text('title', t({ da: 'Titel', en: 'Title' }))}
        {area('summary', t({ da: 'Resumé', en: 'Summary' }), undefined, 3)}
        {area('problem', t({ da: 'Problemet, projektet tager fat på', en: 'The problem it addresses' }))}
        {area(
          'technologyDescription',
          t({ da: 'Teknologien, beskrevet generelt', en: 'The technology, described generically' }),
          t({ da: 'Beskriv typen af teknologi, ikke et produkt eller en leverandør.', en: 'Describe the kind of technology, not a product or supplier.' }),
        )}
        <Select
          name="technologyCategoryId"
          label={t({ da: 'Kategori', en: 'Category' })}
          value={current}
          error={errors.technologyCategoryId}
          options={[
            { value: '', label: t({ da: 'Ingen kategori', en: 'No category' }) },
            ...categories.map((c) => ({ value: c.id, label: t({ da: c.labelDa, en: c.labelEn }) })),
          ]}
        />
        {text('projectType', t({ da: 'Projekttype', en: 'Project type' }))}
        {area('targetGroups', t({ da: 'Målgrupper', en: 'Target groups' }), t({ da: 'Én pr. linje', en: 'One per line' }), 3)}
        {text('unitName', t({ da: 'Enhed', en: 'Unit' }))}
        <TextInput
          name="periodStart"
          label={t({ da: 'Periodens start', en: 'Period start' })}
          hint="dd.mm.åååå"
          width="s"
          value={v('periodStart')}
          error={errors.periodStart}
        />
        <TextInput
          name="periodEnd"
          label={t({ da: 'Periodens slut', en: 'Period end' })}
          hint="dd.mm.åååå"
          width="s"
          value={v('periodEnd')}
          error={errors.periodEnd}
        />
        {text('phase', t({ da: 'Fase', en: 'Phase' }))}
      </Fieldset>
      <Fieldset legend={t({ da: 'Erfaringer', en: 'Lessons' })} legendClass="form-label h3">
        <Select
          name="maturity"
          label={t({ da: 'Modenhed (KL’s teknologiradar)', en: 'Maturity (KL technology radar)' })}
          value={v('maturity')}
          error={errors.maturity}
          options={[{ value: '', label: t({ da: 'Ikke angivet', en: 'Not given' }) }, ...MATURITIES.map((m) => ({ value: m, label: t(maturityLabels[m]) }))]}
        />
        <Select
          name="evaluationOutcome"
          label={t({ da: 'Evalueringens anbefaling', en: "The evaluation's recommendation" })}
          value={v('evaluationOutcome')}
          error={errors.evaluationOutcome}
          options={[
            { value: '', label: t({ da: 'Ikke evalueret', en: 'Not evaluated' }) },
            ...RECOMMENDATIONS.map((r) => ({ value: r, label: t(recommendationLabels[r]) })),
          ]}
        />
        {area('evaluationSummary', t({ da: 'Evalueringen kort', en: 'The evaluation in brief' }))}
        {area('lessons', t({ da: 'Erfaringer og læring', en: 'Lessons learned' }))}
        {money ? (
          <>
            <TextInput
              name="budgetOere"
              label={t({ da: 'Budget', en: 'Budget' })}
              suffix="kr."
              inputmode="decimal"
              width="s"
              value={v('budgetOere')}
              error={errors.budgetOere}
            />
            <TextInput
              name="spentOere"
              label={t({ da: 'Forbrug', en: 'Spent' })}
              suffix="kr."
              inputmode="decimal"
              width="s"
              value={v('spentOere')}
              error={errors.spentOere}
            />
          </>
        ) : null}
      </Fieldset>
      <Fieldset legend={t({ da: 'Hvis andre vil bruge det', en: 'If others want to adopt it' })} legendClass="form-label h3">
        {area('adoptionPrerequisites', t({ da: 'Forudsætninger', en: 'Prerequisites' }), undefined, 3)}
        {area('adoptionCosts', t({ da: 'Udgifter', en: 'Costs' }), undefined, 3)}
        {area('adoptionTraining', t({ da: 'Oplæring', en: 'Training' }), undefined, 3)}
        {text('contactName', t({ da: 'Kontaktperson', en: 'Contact person' }))}
        <TextInput
          name="contactEmail"
          type="email"
          label={t({ da: 'Kontaktpersonens e-mail', en: "Contact person's e-mail" })}
          value={v('contactEmail')}
          error={errors.contactEmail}
        />
        {area(
          'partnerCompanies',
          t({ da: 'Partnervirksomheder', en: 'Partner companies' }),
          t({
            da: 'Én pr. linje, evt. med CVR efter semikolon: "Firma ApS; 12345678". Vises kun i organisationen og netværket, aldrig offentligt.',
            en: 'One per line, optionally with the CVR after a semicolon. Shown inside the organisation and network only, never in public.',
          }),
          3,
        )}
      </Fieldset>
      <Radios
        name="visibility"
        legend={t({ da: 'Hvem kan se indgangen?', en: 'Who can see the entry?' })}
        error={errors.visibility}
        legendClass="form-label h3"
        items={ENTRY_VISIBILITIES.map((vis) => ({ value: vis, label: t(visibilityLabels[vis]), checked: v('visibility') === vis }))}
      />
    </PostForm>
  );
}
