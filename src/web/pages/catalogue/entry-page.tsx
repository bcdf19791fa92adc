import type { Child } from 'hono/jsx';
import { maturityLabels, visibilityLabels } from '../../../domain/catalogue.js';
import { formatDate } from '../../../domain/dates.js';
import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { paths } from '../../../paths.js';
import type { EntrySharing } from '../../../usecases/catalogue/entry-sharing.js';
import type { CatalogueEntryView } from '../../../usecases/catalogue/get-catalogue-entry.js';
import { Breadcrumbs, StructuredList, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { EntrySharingSections } from './entry-sharing.js';

/** A text block, or nothing when the entry leaves it empty. */
function Section({ heading, text }: { heading: string; text: string }) {
  return text.trim() === '' ? null : (
    <>
      <h2>{heading}</h2>
      <p class="text-pre-line">{text}</p>
    </>
  );
}

/** /katalog/:catalogueEntryId: every field of the entry, its effects, partners (where returned), then sharing. */
export function CatalogueEntryPage({
  ctx,
  entry,
  sharing,
  documents,
  mayEdit,
}: {
  ctx: PageContext;
  entry: CatalogueEntryView;
  sharing: EntrySharing;
  /** The documents section (download for every viewer, upload for editors). */
  documents?: Child;
  mayEdit?: boolean;
}) {
  const { t } = ctx;
  const dash = '–';
  const num = (v: number | null) => (v === null ? dash : v.toLocaleString('da-DK'));
  const period =
    entry.periodStart || entry.periodEnd
      ? `${entry.periodStart ? formatDate(entry.periodStart, ctx.locale) : dash} – ${entry.periodEnd ? formatDate(entry.periodEnd, ctx.locale) : dash}`
      : dash;
  return (
    <Layout ctx={ctx} title={entry.title}>
      <Breadcrumbs items={[{ label: t({ da: 'Erfaringskatalog', en: 'Experience catalogue' }), href: paths.catalogue.index() }, { label: entry.title }]} />
      <h1>{entry.title}</h1>
      {mayEdit ? (
        <p>
          <a href={paths.catalogue.edit({ catalogueEntryId: entry.id })}>{t({ da: 'Ret indgangen', en: 'Edit the entry' })}</a>
        </p>
      ) : null}
      <p class="font-lead">{entry.summary}</p>
      <StructuredList
        rows={[
          { label: t({ da: 'Kommune', en: 'Municipality' }), value: entry.organisationName },
          { label: t({ da: 'Enhed', en: 'Unit' }), value: entry.unitName || dash },
          { label: t({ da: 'Teknologikategori', en: 'Technology category' }), value: entry.categoryLabel ?? dash },
          { label: t({ da: 'Projekttype', en: 'Project type' }), value: entry.projectType || dash },
          { label: t({ da: 'Målgrupper', en: 'Target groups' }), value: entry.targetGroups.join(', ') || dash },
          { label: t({ da: 'Periode', en: 'Period' }), value: period },
          { label: t({ da: 'Fase', en: 'Phase' }), value: entry.phase || dash },
          { label: t({ da: 'Modenhed', en: 'Maturity' }), value: entry.maturity ? t(maturityLabels[entry.maturity]) : dash },
          {
            label: t({ da: 'Resultat af evalueringen', en: 'Evaluation outcome' }),
            value: entry.evaluationOutcome ? t(recommendationLabels[entry.evaluationOutcome]) : dash,
          },
          { label: t({ da: 'Budget', en: 'Budget' }), value: entry.budgetOere === null ? dash : formatKroner(entry.budgetOere, ctx.locale) },
          { label: t({ da: 'Forbrugt', en: 'Spent' }), value: entry.spentOere === null ? dash : formatKroner(entry.spentOere, ctx.locale) },
          { label: t({ da: 'Synlighed', en: 'Visibility' }), value: t(visibilityLabels[entry.visibility]) },
          { label: t({ da: 'Offentliggjort', en: 'Published' }), value: formatDate(entry.publishedAt, ctx.locale) },
        ]}
      />
      <Section heading={t({ da: 'Problem', en: 'Problem' })} text={entry.problem} />
      <Section heading={t({ da: 'Teknologien', en: 'The technology' })} text={entry.technologyDescription} />
      <h2>{t({ da: 'Effekter', en: 'Effects' })}</h2>
      {entry.effects.length === 0 ? (
        <p>{t({ da: 'Der er ikke registreret effekter.', en: 'No effects are recorded.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Målte effekter pr. resultatmål', en: 'Measured effects per result goal' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Resultatmål', en: 'Result goal' }), rowHeader: true },
            { label: t({ da: 'Enhed', en: 'Unit' }) },
            { label: t({ da: 'Udgangspunkt', en: 'Baseline' }), numeric: true },
            { label: t({ da: 'Mål', en: 'Target' }), numeric: true },
            { label: t({ da: 'Målt', en: 'Measured' }), numeric: true },
            { label: t({ da: 'Målt den', en: 'Measured on' }) },
            { label: t({ da: 'Kommentar', en: 'Comment' }) },
          ]}
          rows={entry.effects.map((f) => [
            f.goal,
            f.unit,
            num(f.baseline),
            num(f.target),
            num(f.measured),
            f.measuredOn ? formatDate(f.measuredOn, ctx.locale) : dash,
            f.comment || dash,
          ])}
        />
      )}
      <Section heading={t({ da: 'Erfaringer', en: 'Lessons' })} text={entry.lessons} />
      <Section heading={t({ da: 'Evaluering', en: 'Evaluation' })} text={entry.evaluationSummary} />
      <h2>{t({ da: 'Hvis I vil bruge projektet', en: 'If you want to adopt the project' })}</h2>
      <StructuredList
        rows={[
          { label: t({ da: 'Forudsætninger', en: 'Prerequisites' }), value: entry.adoptionPrerequisites || dash },
          { label: t({ da: 'Omkostninger', en: 'Costs' }), value: entry.adoptionCosts || dash },
          { label: t({ da: 'Oplæring', en: 'Training' }), value: entry.adoptionTraining || dash },
          {
            label: t({ da: 'Kontakt', en: 'Contact' }),
            value: entry.contactEmail ? (
              <>
                {entry.contactName} (<a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>)
              </>
            ) : (
              entry.contactName || dash
            ),
          },
        ]}
      />
      {entry.partnerCompanies.length > 0 ? (
        <>
          <h2>{t({ da: 'Samarbejdspartnere', en: 'Partner companies' })}</h2>
          <ul>
            {entry.partnerCompanies.map((p) => (
              <li>
                {p.name}
                {p.cvr ? ` (CVR ${p.cvr})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {documents}
      <EntrySharingSections ctx={ctx} entryId={entry.id} sharing={sharing} />
    </Layout>
  );
}
