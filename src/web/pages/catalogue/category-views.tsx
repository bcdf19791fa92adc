import { paths } from '../../../paths.js';
import type { CategoryView } from '../../../usecases/catalogue/list-categories.js';
import type { PoolCategoryMappingView } from '../../../usecases/catalogue/pool-category-mapping.js';
import type { CategoryAdminView } from '../../../usecases/catalogue/save-category.js';
import { Alert, BackLink, Checkbox, Select, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

interface Posted {
  /** Which form was posted ('new' or a category id), its values and errors. */
  formId: string;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/** /katalog/kategorier: the installation-wide categories; add, rename, retire (never delete). */
export function CategoriesPage({ ctx, categories, posted, saved }: { ctx: PageContext; categories: CategoryAdminView[]; posted?: Posted; saved?: boolean }) {
  const { t } = ctx;
  const title = t({ da: 'Teknologikategorier', en: 'Technology categories' });
  const of = (formId: string, fallback: Record<string, unknown>) =>
    posted?.formId === formId ? { values: posted.values, errors: posted.errors } : { values: fallback, errors: {} as Record<string, string> };
  const fresh = of('new', {});
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.catalogue.index()} text={t({ da: 'Tilbage til kataloget', en: 'Back to the catalogue' })} />
      <h1>{title}</h1>
      <p>
        {t({
          da: 'Én fælles liste for alle kommuner, som puljernes egne kategorier kobles til. En kategori slettes aldrig; en udgået kategori bliver på de indgange, der bruger den, men kan ikke vælges til nye.',
          en: 'One shared list for every municipality, which the pools’ own categories map to. A category is never deleted; a retired one stays on the entries using it but cannot be chosen for new ones.',
        })}
      </p>
      {saved ? <Alert variant="success" heading={t({ da: 'Gemt', en: 'Saved' })} headingLevel="h2" /> : null}
      {categories.map((c) => {
        const f = of(c.id, { labelDa: c.labelDa, labelEn: c.labelEn, description: c.description, archived: c.archived ? 'on' : '' });
        const id = (n: string) => `${n}-${c.key}`;
        return (
          <section aria-labelledby={id('heading')} class="mb-6">
            <h2 id={id('heading')} class="h3">
              {c.labelDa}
              {c.archived ? ` (${t({ da: 'udgået', en: 'retired' })})` : ''}
            </h2>
            <p>{t({ da: `Nøgle: ${c.key}. Bruges af ${c.entryCount} indgange.`, en: `Key: ${c.key}. Used by ${c.entryCount} entries.` })}</p>
            <PostForm ctx={ctx} action={paths.catalogue.categories()} errors={f.errors} submit={t({ da: `Gem ${c.labelDa}`, en: `Save ${c.labelDa}` })}>
              <input type="hidden" name="categoryId" value={c.id} />
              <TextInput
                id={id('labelDa')}
                name="labelDa"
                label={t({ da: 'Dansk navn', en: 'Danish name' })}
                value={valueAt(f.values, 'labelDa')}
                error={f.errors.labelDa}
              />
              <TextInput
                id={id('labelEn')}
                name="labelEn"
                label={t({ da: 'Engelsk navn', en: 'English name' })}
                value={valueAt(f.values, 'labelEn')}
                error={f.errors.labelEn}
              />
              <TextInput
                id={id('description')}
                name="description"
                label={t({ da: 'Beskrivelse', en: 'Description' })}
                value={valueAt(f.values, 'description')}
                error={f.errors.description}
              />
              <Checkbox
                id={id('archived')}
                name="archived"
                value="on"
                label={t({ da: 'Udgået', en: 'Retired' })}
                checked={valueAt(f.values, 'archived') === 'on'}
              />
            </PostForm>
          </section>
        );
      })}
      <h2>{t({ da: 'Tilføj en kategori', en: 'Add a category' })}</h2>
      <PostForm ctx={ctx} action={paths.catalogue.categories()} errors={fresh.errors} submit={t({ da: 'Tilføj', en: 'Add' })}>
        <TextInput
          id="new-labelDa"
          name="labelDa"
          label={t({ da: 'Dansk navn', en: 'Danish name' })}
          value={valueAt(fresh.values, 'labelDa')}
          error={fresh.errors.labelDa}
        />
        <TextInput
          id="new-labelEn"
          name="labelEn"
          label={t({ da: 'Engelsk navn', en: 'English name' })}
          value={valueAt(fresh.values, 'labelEn')}
          error={fresh.errors.labelEn}
        />
        <TextInput
          id="new-key"
          name="key"
          label={t({ da: 'Nøgle (valgfri)', en: 'Key (optional)' })}
          hint={t({
            da: 'Små bogstaver, tal og bindestreg. Udelades den, dannes den af navnet.',
            en: 'Lower-case letters, digits and hyphens. Made from the name when left out.',
          })}
          value={valueAt(fresh.values, 'key')}
          error={fresh.errors.key}
        />
        <TextInput
          id="new-description"
          name="description"
          label={t({ da: 'Beskrivelse', en: 'Description' })}
          value={valueAt(fresh.values, 'description')}
          error={fresh.errors.description}
        />
      </PostForm>
    </Layout>
  );
}

/** /puljer/:poolId/kategorier: the pool's own categories, each mapped to a shared one. */
export function PoolCategoriesPage({
  ctx,
  view,
  categories,
  values,
  errors = {},
  saved,
}: {
  ctx: PageContext;
  view: PoolCategoryMappingView;
  categories: CategoryView[];
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  saved?: boolean;
}) {
  const { t } = ctx;
  const title = t({ da: 'Puljens kategorier i kataloget', en: "The pool's categories in the catalogue" });
  const current = (key: string) => (values ? valueAt(values, `mappings[${key}]`) : (view.rows.find((r) => r.key === key)?.technologyCategoryId ?? ''));
  return (
    <Layout ctx={ctx} title={`${title} – ${view.pool.name}`}>
      <BackLink href={paths.pools.show({ poolId: view.pool.id })} text={t({ da: 'Tilbage til puljen', en: 'Back to the pool' })} />
      <span class="h5 mb-0 d-block">{view.pool.name}</span>
      <h1 class="mt-2">{title}</h1>
      <p>
        {t({
          da: 'Kobl puljens egne kategorier til den fælles liste, så projekterne kan findes under samme kategori på tværs af kommuner.',
          en: "Map the pool's own categories to the shared list, so its projects are found under the same category across municipalities.",
        })}
      </p>
      {saved ? <Alert variant="success" heading={t({ da: 'Gemt', en: 'Saved' })} headingLevel="h2" /> : null}
      {view.rows.length === 0 ? (
        <p>{t({ da: 'Puljen har ingen egne kategorier.', en: 'The pool has no categories of its own.' })}</p>
      ) : (
        <PostForm ctx={ctx} action={paths.catalogue.poolCategories({ poolId: view.pool.id })} errors={errors} submit={t({ da: 'Gem', en: 'Save' })}>
          {view.rows.map((r) => (
            <Select
              name={`mappings[${r.key}]`}
              label={r.label}
              value={current(r.key)}
              error={errors[`mappings[${r.key}]`]}
              options={[
                { value: '', label: t({ da: 'Ikke koblet', en: 'Not mapped' }) },
                ...categories.map((c) => ({ value: c.id, label: t({ da: c.labelDa, en: c.labelEn }) })),
              ]}
            />
          ))}
        </PostForm>
      )}
    </Layout>
  );
}
