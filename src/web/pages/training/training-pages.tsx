import { Alert, Breadcrumbs, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { formatDate } from '../../../domain/dates.js';
import { TRAINING_LEVELS, trainingLevelLabels, type DueItem } from '../../../domain/training.js';
import type { TrainingOverview } from '../../../usecases/training/get-training-overview.js';
import type { TrainingUnitSummary } from '../../../usecases/training/list-training-units.js';
import { Layout } from '../layout.js';

const crumbRoot = { da: 'Uddannelse', en: 'Training' };

/** /uddannelse: the units whose training the user may see. */
export function TrainingIndexPage({ ctx, units }: { ctx: PageContext; units: TrainingUnitSummary[] }) {
  const { t } = ctx;
  const title = t({ da: 'Uddannelse af medarbejdere', en: 'Staff training' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="font-lead">
        {t({
          da: 'Hvilke teknologier hver enhed bruger, hvem der er uddannet i dem, og hvad der forfalder.',
          en: 'Which technologies each unit uses, who is trained in them, and what is due.',
        })}
      </p>
      {units.length === 0 ? (
        <p>{t({ da: 'Du har ikke adgang til nogen enheders uddannelse.', en: "You have no access to any unit's training." })}</p>
      ) : (
        <Table
          caption={t({ da: 'Enheder', en: 'Units' })}
          columns={[
            { label: t({ da: 'Enhed', en: 'Unit' }), rowHeader: true },
            { label: t({ da: 'Kommune', en: 'Municipality' }) },
            { label: t({ da: 'Registreringer', en: 'Records' }), numeric: true },
          ]}
          rows={units.map((u) => [<a href={paths.training.unit({ departmentId: u.id })}>{u.name}</a>, u.organisationName, String(u.recordCount)])}
        />
      )}
    </Layout>
  );
}

function dueText(ctx: PageContext, d: DueItem): string {
  const { t } = ctx;
  if (d.kind === 'planned')
    return t({ da: `${d.technology}: ingen er registreret som uddannet endnu`, en: `${d.technology}: nobody is recorded as trained yet` });
  const level = t(trainingLevelLabels[d.level]);
  const when = formatDate(d.dueOn, ctx.locale);
  return d.overdue
    ? t({
        da: `${d.technology}: ${d.personName} (${level}) skulle have været genopfrisket ${when}`,
        en: `${d.technology}: ${d.personName} (${level}) was due a refresher ${when}`,
      })
    : t({
        da: `${d.technology}: ${d.personName} (${level}) skal genopfriskes senest ${when}`,
        en: `${d.technology}: ${d.personName} (${level}) is due a refresher by ${when}`,
      });
}

/** /uddannelse/:departmentId: per technology the counts per level and what is due; the plans; who is trained; the exports. */
export function TrainingUnitPage({ ctx, overview }: { ctx: PageContext; overview: TrainingOverview }) {
  const { t } = ctx;
  const { unit } = overview;
  const title = t({ da: `Uddannelse – ${unit.name}`, en: `Training – ${unit.name}` });
  const plans = overview.technologies.filter((x) => x.project && (x.project.applicationPlan || x.project.handoverPlan));
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs items={[{ label: t(crumbRoot), href: paths.training.index() }, { label: unit.name }]} />
      <h1>{title}</h1>
      <p>{unit.organisationName}</p>
      {overview.mayRecord ? (
        <p>
          <a class="button button-primary" href={paths.training.record({ departmentId: unit.id })}>
            {t({ da: 'Registrér en uddannelse', en: 'Record a training' })}
          </a>
        </p>
      ) : null}
      <h2>{t({ da: 'Forfalder', en: 'Due' })}</h2>
      {overview.due.length === 0 ? (
        <p>{t({ da: 'Intet forfalder de næste 60 dage.', en: 'Nothing is due in the next 60 days.' })}</p>
      ) : (
        <Alert variant="warning" heading={t({ da: `${overview.due.length} ting forfalder`, en: `${overview.due.length} items due` })} contentContainer={false}>
          <ul class="alert-text">
            {overview.due.map((d) => (
              <li>{dueText(ctx, d)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <h2>{t({ da: 'Teknologier i brug', en: 'Technologies in use' })}</h2>
      {overview.technologies.length === 0 ? (
        <p>{t({ da: 'Enheden har ingen igangsatte eller overdragne projekter endnu.', en: 'The unit has no started or handed-over projects yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Uddannede pr. teknologi og niveau', en: 'Trained per technology and level' })}
          columns={[
            { label: t({ da: 'Teknologi', en: 'Technology' }), rowHeader: true },
            { label: t({ da: 'Kilde', en: 'Source' }) },
            ...TRAINING_LEVELS.map((l) => ({ label: t(trainingLevelLabels[l]), numeric: true })),
            { label: t({ da: 'Forfalder', en: 'Due' }), numeric: true },
          ]}
          rows={overview.technologies.map((x) => [
            x.name,
            x.project
              ? x.project.source === 'handover'
                ? t({ da: `I drift (${x.project.caseNumber})`, en: `In operation (${x.project.caseNumber})` })
                : t({ da: `Projekt (${x.project.caseNumber})`, en: `Project (${x.project.caseNumber})` })
              : t({ da: 'Tilføjet i hånden', en: 'Added by hand' }),
            ...TRAINING_LEVELS.map((l) => String(x.counts[l])),
            String(x.due.length),
          ])}
        />
      )}
      <h2>{t({ da: 'Plan for oplæring', en: 'Training plan' })}</h2>
      {plans.length === 0 ? (
        <p>{t({ da: 'Ansøgningerne og overdragelserne beskriver ingen oplæring.', en: 'The applications and handovers describe no training.' })}</p>
      ) : (
        plans.map((x) => (
          <section>
            <h3>{x.name}</h3>
            {x.project?.applicationPlan ? (
              <>
                <h4>{t({ da: 'Fra ansøgningen', en: 'From the application' })}</h4>
                <p class="pre-line">{x.project.applicationPlan}</p>
              </>
            ) : null}
            {x.project?.handoverPlan ? (
              <>
                <h4>{t({ da: 'Fra overdragelsen til drift', en: 'From the handover' })}</h4>
                <p class="pre-line">{x.project.handoverPlan}</p>
              </>
            ) : null}
          </section>
        ))
      )}
      <h2>{t({ da: 'Hvem er uddannet', en: 'Who is trained' })}</h2>
      {overview.records.length === 0 ? (
        <p>{t({ da: 'Ingen uddannelser er registreret.', en: 'No trainings are recorded.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Registrerede uddannelser', en: 'Recorded trainings' })}
          columns={[
            { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
            { label: t({ da: 'Teknologi', en: 'Technology' }) },
            { label: t({ da: 'Niveau', en: 'Level' }) },
            { label: t({ da: 'Uddannet', en: 'Trained' }) },
            { label: t({ da: 'Genopfriskes senest', en: 'Refresh by' }) },
          ]}
          rows={overview.records.map((r) => [
            r.personName,
            r.technology,
            t(trainingLevelLabels[r.level]),
            formatDate(r.trainedOn, ctx.locale),
            formatDate(r.refreshDueOn, ctx.locale),
          ])}
        />
      )}
      <h2>{t({ da: 'Eksport', en: 'Export' })}</h2>
      <ul>
        <li>
          <a href={paths.training.unitXlsx({ departmentId: unit.id })}>{t({ da: 'Hent som Excel (XLSX)', en: 'Download as Excel (XLSX)' })}</a>
        </li>
        <li>
          <a href={paths.training.unitCsv({ departmentId: unit.id })}>{t({ da: 'Hent som CSV', en: 'Download as CSV' })}</a>
        </li>
      </ul>
    </Layout>
  );
}
