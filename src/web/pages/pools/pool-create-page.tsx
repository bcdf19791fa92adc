import { Breadcrumbs, Button, Select } from '../../components/index.js';
import { PostForm, textOf } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import type { Row } from './form-values.js';
import { GeneralFields } from './sections/general-fields.js';

export interface PoolCreatePageProps {
  ctx: PageContext;
  values: Row;
  /** Errors by form field name. */
  errors?: Record<string, string>;
  /** Organisations the actor may create pools in; a choice is shown when there are several. */
  organisations: { id: string; name: string }[];
}

export function PoolCreatePage({ ctx, values, errors = {}, organisations }: PoolCreatePageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Opret pulje', en: 'Create pool' })}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: paths.home() },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: paths.pools.list() },
          { label: t({ da: 'Opret pulje', en: 'Create pool' }) },
        ]}
        ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })}
      />
      <div class="row">
        <div class="col-12 col-lg-9">
          <h1>{t({ da: 'Opret pulje', en: 'Create pool' })}</h1>
          <p>
            {t({
              da: 'Start med grundoplysningerne. Bagefter sætter du budgetlinjer, adgangskriterier, bedømmelse, beslutningsorganer og møder op.',
              en: 'Start with the basics. Then set up budget lines, eligibility rules, rubric, decision bodies and meetings.',
            })}
          </p>
          <PostForm
            ctx={ctx}
            action={paths.pools.create()}
            errors={errors}
            summaryTitle={t({ da: 'Der er fejl i det indtastede', en: 'There are problems with what you entered' })}
          >
            {organisations.length > 1 ? (
              <Select
                name="organisationId"
                label={t({ da: 'Organisation', en: 'Organisation' })}
                options={[
                  { value: '', label: t({ da: 'Vælg organisation', en: 'Choose organisation' }) },
                  ...organisations.map((o) => ({ value: o.id, label: o.name })),
                ]}
                value={textOf(values.organisationId).trim()}
                error={errors.organisationId}
              />
            ) : null}
            <GeneralFields ctx={ctx} values={values} errors={errors} />
            <Button type="submit" variant="primary">
              {t({ da: 'Opret pulje', en: 'Create pool' })}
            </Button>{' '}
            <a href={paths.pools.list()} class="ml-4">
              {t({ da: 'Annuller', en: 'Cancel' })}
            </a>
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
