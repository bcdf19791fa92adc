import { formatKroner } from '../../../domain/money.js';
import { Radios, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { Layout } from '../layout.js';
import { ProjectHeading } from './outcome-kit.js';

/** /projekter/:applicationId/bevilling/ret: correct a recorded grant decision (release part of it, or commit more). */
export function OutcomeCorrectionPage({
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
  const id = outcome.project.id;
  const v = (n: string) => valueAt(values, n);
  return (
    <Layout ctx={ctx} title={t({ da: 'Ret bevillingen', en: 'Correct the grant' })}>
      <ProjectHeading ctx={ctx} project={outcome.project} title={t({ da: 'Ret en registreret bevilling', en: 'Correct a recorded grant' })} />
      <PostForm
        ctx={ctx}
        action={paths.projects.correctDecision({ applicationId: id })}
        errors={errors}
        submit={t({ da: 'Registrér rettelsen', en: 'Record the correction' })}
        cancelHref={paths.projects.outcome({ applicationId: id })}
      >
        <Radios
          name="kind"
          legend={t({ da: 'Rettelse', en: 'Correction' })}
          error={errors.kind}
          items={[
            {
              value: 'release',
              label: t({ da: 'Nedsæt bevillingen (frigiv ikke udbetalte midler)', en: 'Reduce the grant (release unpaid money)' }),
              checked: v('kind') === 'release',
            },
            { value: 'increase', label: t({ da: 'Forhøj bevillingen', en: 'Increase the grant' }), checked: v('kind') === 'increase' },
          ]}
        />
        <Select
          name="commitment"
          label={t({ da: 'Budgetlinje og år', en: 'Budget line and year' })}
          value={v('commitment')}
          error={errors.commitment}
          options={outcome.commitments.map((c) => ({
            value: `${c.budgetLineId}:${c.year}`,
            label: `${c.budgetLineName} ${c.year} (${t({ da: 'bevilget', en: 'committed' })} ${formatKroner(c.committedOere, ctx.locale)}, ${t({ da: 'ikke udbetalt', en: 'unpaid' })} ${formatKroner(c.payableOere, ctx.locale)})`,
          }))}
        />
        <TextInput
          name="amountOere"
          label={t({ da: 'Beløb', en: 'Amount' })}
          suffix="kr."
          width="s"
          inputmode="decimal"
          value={v('amountOere')}
          error={errors.amountOere}
        />
        <TextInput
          name="reference"
          label={t({ da: 'Hvad rettelsen hviler på', en: 'What the correction rests on' })}
          hint={t({ da: 'Fx "Velfærdsteknologirådet 12. marts 2026, punkt 3"', en: 'E.g. a meeting item' })}
          value={v('reference')}
          error={errors.reference}
        />
        <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reason' })} rows={3} value={v('reason')} error={errors.reason} />
      </PostForm>
    </Layout>
  );
}
