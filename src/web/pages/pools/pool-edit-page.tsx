import type { Child } from 'hono/jsx';
import type { Message } from '../../../errors.js';
import { Alert, Breadcrumbs, Button, SideNavigation } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import type { Row } from './form-values.js';
import { BodiesFields } from './sections/bodies-fields.js';
import { BudgetFields } from './sections/budget-fields.js';
import { GeneralFields } from './sections/general-fields.js';
import { ListsFields } from './sections/lists-fields.js';
import { MeetingsFields } from './sections/meetings-fields.js';
import { sectionKeys, sectionOfField, sectionTitles, type SectionKey } from './sections/model.js';
import { RubricFields } from './sections/rubric-fields.js';
import { RulesFields } from './sections/rules-fields.js';
import type { SectionViewProps } from './sections/view-kit.js';

/** Where the edit form shows a refusal without fields (a stale version, not enough money): an alert above the form. */
export const PROBLEM = 'problem';

export interface PoolEditPageProps {
  ctx: PageContext;
  poolId: string;
  poolName: string;
  section: SectionKey;
  version: number;
  values: Row;
  /** Errors by form field name; under `problem` a refusal without fields (someone else saved first). */
  errors?: Record<string, string>;
  saved?: boolean;
  years: number[];
  bodies: { key: string; name: string }[];
  lines: { key: string; name: string }[];
}

const intro: Record<SectionKey, Message> = {
  grundoplysninger: { da: 'Puljens navn, periode, status og opfølgning.', en: "The pool's name, period, status and follow-up." },
  budget: {
    da: 'Beløb skrives i kroner, fx 5.000.000. En øremærkning er en andel af linjens budget hvert år, fx 10 %. Tomme rækker ignoreres. En linje med ansøgninger eller bogføringer kan ikke fjernes.',
    en: 'Amounts in kroner, e.g. 5.000.000. An earmark is a share of the line’s budget each year, e.g. 10 %. Empty rows are ignored. A line with applications or ledger entries cannot be removed.',
  },
  lister: { da: 'De valgmuligheder, ansøgerne vælger imellem. Tomme rækker ignoreres.', en: 'The choices applicants pick from. Empty rows are ignored.' },
  regler: {
    da: 'Vælg puljens adgangskriterier fra kataloget. Et krav blokerer indsendelse; en anbefaling giver en advarsel.',
    en: "Choose the pool's eligibility rules from the catalogue. A requirement blocks submission; a recommendation shows a warning.",
  },
  bedoemmelse: {
    da: 'Kriterierne, som bedømmerne giver point efter. En score under knock-out-grænsen markeres.',
    en: 'The criteria reviewers score against. A score below the knock-out threshold is flagged.',
  },
  beslutning: {
    da: 'De organer, der beslutter på møder. Hvilken linje de beslutter, vælges under budgetlinjerne.',
    en: 'The bodies that decide at meetings. Which line each decides is chosen under budget lines.',
  },
  moeder: {
    da: 'Beslutningsorganernes møder. Ved ansøgningsrunder er fristen den sidste dag, en ansøgning kan nå mødet.',
    en: "The decision bodies' meetings. With rounds, the deadline is the last day an application can reach the meeting.",
  },
};

export function PoolEditPage(p: PoolEditPageProps) {
  const { ctx, section } = p;
  const { t } = ctx;
  const { [PROBLEM]: problem, ...errors } = p.errors ?? {};
  // The summary links an error of another section (a line's decision body, set under decision bodies) to that section.
  const summary: Record<string, string> = {};
  const hrefs: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const where = sectionOfField(field);
    summary[field] = where === section ? message : `${t(sectionTitles[where])}: ${message}`;
    if (where !== section) hrefs[field] = paths.pools.editSection({ poolId: p.poolId, section: where });
  }
  const viewProps: SectionViewProps = { ctx, values: p.values, errors, years: p.years, bodies: p.bodies, lines: p.lines };
  const fieldsBySection: Record<SectionKey, () => Child> = {
    grundoplysninger: () => <GeneralFields ctx={ctx} values={p.values} errors={viewProps.errors} />,
    budget: () => <BudgetFields {...viewProps} />,
    lister: () => <ListsFields {...viewProps} />,
    regler: () => <RulesFields {...viewProps} />,
    bedoemmelse: () => <RubricFields {...viewProps} />,
    beslutning: () => <BodiesFields {...viewProps} />,
    moeder: () => <MeetingsFields {...viewProps} />,
  };
  const title = t(sectionTitles[section]);
  return (
    <Layout ctx={ctx} title={`${title} – ${p.poolName}`}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: paths.home() },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: paths.pools.list() },
          { label: p.poolName, href: paths.pools.show({ poolId: p.poolId }) },
          { label: t({ da: 'Rediger', en: 'Edit' }) },
        ]}
        ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })}
      />
      <div class="row">
        <div class="col-12 col-lg-3 no-print">
          <SideNavigation
            ariaLabel={t({ da: 'Puljens opsætning', en: "The pool's setup" })}
            items={sectionKeys.map((k) => ({
              label: t(sectionTitles[k]),
              href: paths.pools.editSection({ poolId: p.poolId, section: k }),
              current: k === section,
            }))}
          />
        </div>
        <div class="col-12 col-lg-9">
          <p class="mb-0">{p.poolName}</p>
          <h1 class="mt-0">{title}</h1>
          <p>{t(intro[section])}</p>
          {p.saved ? (
            <Alert variant="success" iconLabel={t({ da: 'Gemt', en: 'Saved' })}>
              {t({ da: 'Ændringerne er gemt. ', en: 'The changes have been saved. ' })}
              <a href={paths.pools.show({ poolId: p.poolId })}>{t({ da: 'Se puljen', en: 'See the pool' })}</a>
            </Alert>
          ) : null}
          {problem ? (
            <Alert
              variant="error"
              heading={t({ da: 'Ændringerne blev ikke gemt', en: 'The changes were not saved' })}
              iconLabel={t({ da: 'Fejl', en: 'Error' })}
            >
              {problem}{' '}
              <a href={paths.pools.editSection({ poolId: p.poolId, section })}>{t({ da: 'Hent den nyeste udgave', en: 'Load the latest version' })}</a>
            </Alert>
          ) : null}
          <PostForm
            ctx={ctx}
            action={paths.pools.editSection({ poolId: p.poolId, section })}
            errors={summary}
            hrefs={hrefs}
            summaryTitle={t({ da: 'Der er fejl i det indtastede', en: 'There are problems with what you entered' })}
          >
            <input type="hidden" name="expectedVersion" value={String(p.version)} />
            {fieldsBySection[section]()}
            <div class="mt-7">
              <Button type="submit" variant="primary" name="_save" value="1">
                {t({ da: 'Gem', en: 'Save' })}
              </Button>{' '}
              <a href={paths.pools.show({ poolId: p.poolId })} class="ml-4">
                {t({ da: 'Tilbage til puljen', en: 'Back to the pool' })}
              </a>
            </div>
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
