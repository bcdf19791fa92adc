import { Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { Layout } from '../layout.js';
import { ProjectHeading } from './outcome-kit.js';

/** /projekter/:applicationId/overdragelse: owner unit, the operating budget that now pays, training plan, go-live. */
export function HandoverPage({
  ctx,
  outcome,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  outcome: ProjectOutcome;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const v = (n: string) => valueAt(values, n);
  const id = outcome.project.id;
  return (
    <Layout ctx={ctx} title={t({ da: 'Overdragelse til drift', en: 'Handover to operation' })}>
      <ProjectHeading ctx={ctx} project={outcome.project} title={t({ da: 'Overdragelse til drift', en: 'Handover to operation' })} />
      <p>
        {t({
          da: 'Efter overdragelsen betaler enhedens eget driftsbudget for teknologien. Puljen kan ikke længere bevilge eller udbetale penge til projektet.',
          en: "After the handover the unit's own operating budget pays for the technology. The pool can no longer commit or pay money to the project.",
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={paths.projects.handover({ applicationId: id })}
        errors={errors}
        submit={t({ da: 'Registrér overdragelsen', en: 'Record the handover' })}
        cancelHref={paths.projects.outcome({ applicationId: id })}
      >
        <Select
          name="ownerDepartmentId"
          label={t({ da: 'Enhed, der ejer driften', en: 'Unit that owns the operation' })}
          value={v('ownerDepartmentId')}
          error={errors.ownerDepartmentId}
          options={[{ value: '', label: t({ da: 'Vælg en enhed', en: 'Choose a unit' }) }, ...outcome.departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <TextInput
          name="operatingBudget"
          label={t({ da: 'Driftsbudget, der betaler fremover', en: 'Operating budget that pays from now on' })}
          hint={t({ da: 'Fx "Hjemmeplejens driftsbudget, konto 5.32.32"', en: 'E.g. the home care operating budget' })}
          value={v('operatingBudget')}
          error={errors.operatingBudget}
        />
        <TextInput
          name="yearlyOperatingCostOere"
          label={t({ da: 'Årlige driftsudgifter', en: 'Yearly operating costs' })}
          suffix="kr."
          inputmode="decimal"
          width="s"
          value={v('yearlyOperatingCostOere')}
          error={errors.yearlyOperatingCostOere}
        />
        <TextArea name="trainingPlan" label={t({ da: 'Oplæringsplan', en: 'Training plan' })} rows={4} value={v('trainingPlan')} error={errors.trainingPlan} />
        <TextInput
          name="goLiveDate"
          label={t({ da: 'I drift fra', en: 'Live from' })}
          hint="dd.mm.åååå"
          width="s"
          value={v('goLiveDate')}
          error={errors.goLiveDate}
        />
      </PostForm>
    </Layout>
  );
}
