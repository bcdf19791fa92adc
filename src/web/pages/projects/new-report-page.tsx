import { BackLink, Select, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { textOf } from './kit.js';

/** The secretariat adds a report by hand: ad hoc or final. */
export function NewReportPage({
  ctx,
  applicationId,
  title: projectTitle,
  values,
  errors,
}: {
  ctx: PageContext;
  applicationId: string;
  title: string;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}) {
  const { t } = ctx;
  const title = t({ da: 'Tilføj en rapport', en: 'Add a report' });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.projects.show({ applicationId })} text={t({ da: 'Tilbage til projektet', en: 'Back to the project' })} />
      <h1>{title}</h1>
      <p>{projectTitle}</p>
      <PostForm
        ctx={ctx}
        action={paths.projects.newReport({ applicationId })}
        errors={errors}
        submit={title}
        cancelHref={paths.projects.show({ applicationId })}
      >
        <Select
          name="kind"
          label={t({ da: 'Slags rapport', en: 'Kind of report' })}
          value={textOf(values.kind)}
          error={errors.kind}
          options={[
            { value: 'ad_hoc', label: t({ da: 'Ekstra rapport', en: 'Ad hoc report' }) },
            { value: 'final', label: t({ da: 'Slutrapport', en: 'Final report' }) },
          ]}
        />
        <TextInput name="title" label={t({ da: 'Titel', en: 'Title' })} value={textOf(values.title)} error={errors.title} width="xl" />
        <TextInput
          name="dueOn"
          label={t({ da: 'Frist', en: 'Due date' })}
          hint={t({ da: 'Fx 01.06.2028', en: 'E.g. 01.06.2028' })}
          value={textOf(values.dueOn)}
          error={errors.dueOn}
          width="s"
        />
      </PostForm>
    </Layout>
  );
}
