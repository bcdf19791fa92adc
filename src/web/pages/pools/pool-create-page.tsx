import type { FieldErrors } from '../../../errors.js';
import { Breadcrumbs, Button, ErrorSummary, Select } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { formErrors, formFieldFor, str, type Row } from './form-values.js';
import { GeneralFields } from './sections/general-fields.js';

export interface PoolCreatePageProps {
  ctx: PageContext;
  values: Row;
  errors?: FieldErrors;
  /** Organisations the actor may create pools in; a choice is shown when there are several. */
  organisations: { id: string; name: string }[];
}

export function PoolCreatePage({ ctx, values, errors = {}, organisations }: PoolCreatePageProps) {
  const { t } = ctx;
  const fieldErrors = formErrors(errors);
  const summary = Object.entries(errors).map(([path, message]) => ({ field: formFieldFor(path), message }));
  return (
    <Layout ctx={ctx} title={t({ da: 'Opret pulje', en: 'Create pool' })}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: '/' },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: '/puljer' },
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
          <ErrorSummary errors={summary} title={t({ da: 'Der er fejl i det indtastede', en: 'There are problems with what you entered' })} />
          <form method="post" action="/puljer/ny" novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            {organisations.length > 1 ? (
              <Select
                name="organisationId"
                label={t({ da: 'Organisation', en: 'Organisation' })}
                options={[
                  { value: '', label: t({ da: 'Vælg organisation', en: 'Choose organisation' }) },
                  ...organisations.map((o) => ({ value: o.id, label: o.name })),
                ]}
                value={str(values.organisationId)}
                error={fieldErrors.organisationId}
              />
            ) : null}
            <GeneralFields ctx={ctx} values={values} errors={fieldErrors} />
            <Button type="submit" variant="primary">
              {t({ da: 'Opret pulje', en: 'Create pool' })}
            </Button>{' '}
            <a href="/puljer" class="ml-4">
              {t({ da: 'Annuller', en: 'Cancel' })}
            </a>
          </form>
        </div>
      </div>
    </Layout>
  );
}
