import { TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { GuideOrganisation } from '../../../usecases/guide/guide-organisation.js';
import { Layout } from '../layout.js';

/** Rows for the kinds of technology: those typed, plus one empty so another can be added without JS. */
export const TECH_ROWS = 4;

/** The theme form (new or edit): plain texts; entries as one id per line. */
export function ThemeFormPage({
  ctx,
  organisation,
  themeSlug,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  organisation: GuideOrganisation;
  themeSlug: string | null;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const v = (n: string) => valueAt(values, n);
  const action = themeSlug
    ? paths.guide.editTheme({ organisationSlug: organisation.slug, themeSlug })
    : paths.guide.newTheme({ organisationSlug: organisation.slug });
  const title = themeSlug ? t({ da: 'Redigér tema', en: 'Edit theme' }) : t({ da: 'Nyt tema', en: 'New theme' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        {t({
          da: 'Skriv til borgere i et enkelt sprog. Beskriv slags teknologi – aldrig produkter eller firmaer.',
          en: 'Write for citizens in plain language. Describe kinds of technology – never products or companies.',
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={action}
        errors={errors}
        submit={t({ da: 'Gem temaet', en: 'Save the theme' })}
        cancelHref={paths.guide.index({ organisationSlug: organisation.slug })}
      >
        <TextInput name="title" label={t({ da: 'Overskrift', en: 'Heading' })} value={v('title')} error={errors.title} />
        {themeSlug ? (
          <input type="hidden" name="slug" value={themeSlug} />
        ) : (
          <TextInput
            name="slug"
            label={t({ da: 'Kortnavn i adressen', en: 'Short name in the address' })}
            hint={t({ da: 'Fx svaert-ved-at-huske. Tomt: dannes af overskriften.', en: 'E.g. svaert-ved-at-huske. Empty: made from the heading.' })}
            value={v('slug')}
            error={errors.slug}
          />
        )}
        <TextArea
          name="problem"
          label={t({ da: 'Problemet, som borgeren oplever det', en: 'The problem as the citizen sees it' })}
          rows={3}
          value={v('problem')}
          error={errors.problem}
        />
        {Array.from({ length: TECH_ROWS }, (_, i) => (
          <fieldset>
            <legend class="h4">{t({ da: `Slags teknologi ${i + 1}`, en: `Kind of technology ${i + 1}` })}</legend>
            <TextInput
              name={`technologies[${i}][name]`}
              label={t({ da: 'Navn', en: 'Name' })}
              value={v(`technologies[${i}][name]`)}
              error={errors[`technologies[${i}][name]`]}
            />
            <TextArea
              name={`technologies[${i}][description]`}
              label={t({ da: 'Beskrivelse', en: 'Description' })}
              rows={3}
              value={v(`technologies[${i}][description]`)}
              error={errors[`technologies[${i}][description]`]}
            />
          </fieldset>
        ))}
        <TextArea
          name="whereToTry"
          label={t({ da: 'Hvor kan man se og prøve det', en: 'Where to see and try it' })}
          rows={4}
          value={v('whereToTry')}
          error={errors.whereToTry}
        />
        <TextArea
          name="entryIds"
          label={t({ da: 'Offentlige indgange i kataloget (id, én pr. linje)', en: 'Public catalogue entries (id, one per line)' })}
          optional
          rows={3}
          value={v('entryIds')}
          error={errors.entryIds}
        />
        <TextInput
          name="sortOrder"
          label={t({ da: 'Rækkefølge', en: 'Order' })}
          width="xs"
          inputmode="numeric"
          value={v('sortOrder')}
          error={errors.sortOrder}
        />
      </PostForm>
    </Layout>
  );
}
