import { Select, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { textOf } from './kit.js';

interface FormProps {
  ctx: PageContext;
  applicationId: string;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/** Record the actual start (igangsat): the secretariat or the project lead. */
export function StartForm({ ctx, applicationId, values, errors }: FormProps) {
  const { t } = ctx;
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{t({ da: 'Igangsæt projektet', en: 'Start the project' })}</h2>
      <p>
        {t({
          da: 'Når den faktiske startdato er registreret, planlægges opfølgningsrapporterne efter puljens regler. Indtil da er intet til aflevering.',
          en: "Once the actual start date is recorded, the follow-up reports are scheduled by the pool's rules. Until then nothing is due.",
        })}
      </p>
      <PostForm ctx={ctx} action={paths.projects.start({ applicationId })} errors={errors} submit={t({ da: 'Igangsæt', en: 'Start' })}>
        <TextInput
          name="startedOn"
          label={t({ da: 'Faktisk startdato', en: 'Actual start date' })}
          hint={t({ da: 'Fx 01.03.2027', en: 'E.g. 01.03.2027' })}
          value={textOf(values.startedOn)}
          error={errors.startedOn}
          width="s"
        />
        <TextInput
          name="plannedEndOn"
          label={t({ da: 'Planlagt slutdato', en: 'Planned end date' })}
          optional
          optionalText={t({ da: 'frivilligt', en: 'optional' })}
          hint={t({ da: 'Tom: slutdatoen fra ansøgningen', en: 'Empty: the end date from the application' })}
          value={textOf(values.plannedEndOn)}
          error={errors.plannedEndOn}
          width="s"
        />
      </PostForm>
    </section>
  );
}

/** Assign (or remove) a welfare-technology consultant by e-mail. */
export function ConsultantForm({ ctx, applicationId, values, errors }: FormProps) {
  const { t } = ctx;
  return (
    <PostForm ctx={ctx} action={paths.projects.consultants({ applicationId })} errors={errors} submit={t({ da: 'Gem', en: 'Save' })} submitVariant="secondary">
      <TextInput
        name="email"
        label={t({ da: 'Konsulentens e-mail', en: "The consultant's e-mail" })}
        value={textOf(values.email)}
        error={errors.email}
        width="xl"
        autocomplete="off"
      />
      <Select
        name="remove"
        label={t({ da: 'Handling', en: 'Action' })}
        value={textOf(values.remove)}
        options={[
          { value: 'false', label: t({ da: 'Tilknyt projektet', en: 'Assign to the project' }) },
          { value: 'true', label: t({ da: 'Fjern fra projektet', en: 'Remove from the project' }) },
        ]}
      />
    </PostForm>
  );
}

/** Add a milestone or record the dates of one. */
export function MilestoneForm({ ctx, applicationId, values, errors, milestones }: FormProps & { milestones: { id: string; title: string }[] }) {
  const { t } = ctx;
  return (
    <details class="details">
      <summary class="details-summary">{t({ da: 'Registrér en milepæl', en: 'Record a milestone' })}</summary>
      <div class="details-text">
        <PostForm
          ctx={ctx}
          action={paths.projects.milestones({ applicationId })}
          errors={errors}
          submit={t({ da: 'Gem milepæl', en: 'Save milestone' })}
          submitVariant="secondary"
        >
          <Select
            name="milestoneId"
            label={t({ da: 'Milepæl', en: 'Milestone' })}
            value={textOf(values.milestoneId)}
            error={errors.milestoneId}
            options={[{ value: '', label: t({ da: 'Ny milepæl', en: 'New milestone' }) }, ...milestones.map((m) => ({ value: m.id, label: m.title }))]}
          />
          <TextInput name="title" label={t({ da: 'Titel', en: 'Title' })} value={textOf(values.title)} error={errors.title} width="xl" />
          <TextInput
            name="plannedOn"
            label={t({ da: 'Planlagt dato', en: 'Planned date' })}
            value={textOf(values.plannedOn)}
            error={errors.plannedOn}
            width="s"
          />
          <TextInput name="actualOn" label={t({ da: 'Faktisk dato', en: 'Actual date' })} value={textOf(values.actualOn)} error={errors.actualOn} width="s" />
          <TextInput name="note" label={t({ da: 'Bemærkning', en: 'Note' })} value={textOf(values.note)} error={errors.note} width="xl" />
        </PostForm>
      </div>
    </details>
  );
}
