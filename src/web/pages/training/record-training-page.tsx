import { Breadcrumbs, Radios, Select, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { TRAINING_LEVELS, trainingLevelLabels } from '../../../domain/training.js';
import type { TrainingOverview } from '../../../usecases/training/get-training-overview.js';
import { Layout } from '../layout.js';

/** The form: a technology in use (or another typed by hand), the person, the level and the date. */
export function RecordTrainingPage({
  ctx,
  overview,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  overview: TrainingOverview;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const v = (n: string) => valueAt(values, n);
  const unit = overview.unit;
  const title = t({ da: 'Registrér en uddannelse', en: 'Record a training' });
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Uddannelse', en: 'Training' }), href: paths.training.index() },
          { label: unit.name, href: paths.training.unit({ departmentId: unit.id }) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <PostForm
        ctx={ctx}
        action={paths.training.record({ departmentId: unit.id })}
        errors={errors}
        submit={t({ da: 'Registrér', en: 'Record' })}
        cancelHref={paths.training.unit({ departmentId: unit.id })}
      >
        <Select
          name="technology"
          label={t({ da: 'Teknologi', en: 'Technology' })}
          value={v('technology')}
          error={errors.technology}
          options={[
            { value: '', label: t({ da: 'Anden teknologi (skriv den nedenfor)', en: 'Another technology (type it below)' }) },
            ...overview.technologies.map((x) => ({ value: x.name, label: x.name })),
          ]}
        />
        <TextInput
          name="otherTechnology"
          label={t({ da: 'Anden teknologi', en: 'Another technology' })}
          optional
          hint={t({ da: 'Kun hvis teknologien ikke er på listen.', en: 'Only if the technology is not in the list.' })}
          value={v('otherTechnology')}
          error={errors.otherTechnology}
        />
        <TextInput
          name="personName"
          label={t({ da: 'Navn på den uddannede', en: 'Name of the person trained' })}
          value={v('personName')}
          error={errors.personName}
          autocomplete="off"
        />
        <Radios
          name="level"
          legend={t({ da: 'Niveau', en: 'Level' })}
          error={errors.level}
          items={TRAINING_LEVELS.map((l) => ({ value: l, label: t(trainingLevelLabels[l]), checked: v('level') === l }))}
        />
        <TextInput
          name="trainedOn"
          label={t({ da: 'Dato for uddannelsen', en: 'Date of the training' })}
          hint={t({ da: 'Fx 15-03-2026', en: 'E.g. 15-03-2026' })}
          width="s"
          value={v('trainedOn')}
          error={errors.trainedOn}
        />
      </PostForm>
    </Layout>
  );
}
