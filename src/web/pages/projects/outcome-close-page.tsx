import { formatKroner } from '../../../domain/money.js';
import { TextArea } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { Layout } from '../layout.js';
import { ProjectHeading } from './outcome-kit.js';

/** /projekter/:applicationId/afslut: closing returns what is committed and not paid out to the pool. */
export function OutcomeClosePage({
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
  return (
    <Layout ctx={ctx} title={t({ da: 'Afslut projektet', en: 'Close the project' })}>
      <ProjectHeading ctx={ctx} project={outcome.project} title={t({ da: 'Afslut projektet', en: 'Close the project' })} />
      <p>
        {t({ da: 'Bevilget, ikke udbetalt, der føres tilbage til puljen:', en: 'Committed and not paid out, returned to the pool:' })}{' '}
        <strong>{formatKroner(outcome.money.payableOere, ctx.locale)}</strong>
      </p>
      <PostForm
        ctx={ctx}
        action={paths.projects.close({ applicationId: id })}
        errors={errors}
        submit={t({ da: 'Afslut projektet', en: 'Close the project' })}
        cancelHref={paths.projects.outcome({ applicationId: id })}
      >
        <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reason' })} rows={3} value={valueAt(values, 'reason')} error={errors.reason} />
      </PostForm>
    </Layout>
  );
}
