import { Alert, Breadcrumbs, FileInput, Select, Table } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import { IMPORT_FIELDS, importFieldLabels, REQUIRED_IMPORT_FIELDS } from '../../../domain/project-import.js';
import type { ImportBatch, ImportBatchSummary } from '../../../usecases/imports/get-import-batch.js';
import type { ImportResult } from '../../../usecases/imports/run-import.js';
import { Layout } from '../layout.js';

const root = { da: 'Import af projekter', en: 'Import of projects' };

/** /import: upload a spreadsheet; the latest batches. */
export function ImportIndexPage({
  ctx,
  organisations,
  batches,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  organisations: { id: string; name: string }[];
  batches: ImportBatchSummary[];
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const title = t(root);
  const only = organisations.length === 1 ? organisations[0] : undefined;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="font-lead">
        {t({
          da: 'Hent ældre projekter ind i kataloget fra et regneark (.xlsx eller .csv). Du vælger kolonnerne og ser resultatet, før noget gemmes. Indlæses samme fil igen, ændres intet.',
          en: 'Bring older projects into the catalogue from a spreadsheet (.xlsx or .csv). You choose the columns and see the result before anything is saved. Importing the same file again changes nothing.',
        })}
      </p>
      <PostForm ctx={ctx} action={paths.imports.index()} errors={errors} multipart submit={t({ da: 'Indlæs filen', en: 'Read the file' })}>
        {only ? (
          <input type="hidden" name="organisationId" value={only.id} />
        ) : (
          <Select
            name="organisationId"
            label={t({ da: 'Kommune', en: 'Municipality' })}
            value={typeof values.organisationId === 'string' ? values.organisationId : undefined}
            error={errors.organisationId}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        <FileInput
          name="file"
          label={t({ da: 'Regneark', en: 'Spreadsheet' })}
          hint={t({ da: 'Første række skal være kolonneoverskrifter.', en: 'The first row must hold the column headings.' })}
          accept=".xlsx,.csv"
          error={errors.file}
        />
      </PostForm>
      <h2>{t({ da: 'Seneste filer', en: 'Latest files' })}</h2>
      {batches.length === 0 ? (
        <p>{t({ da: 'Ingen filer er indlæst endnu.', en: 'No files have been read yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Indlæste filer', en: 'Files read' })}
          columns={[
            { label: t({ da: 'Fil', en: 'File' }), rowHeader: true },
            { label: t({ da: 'Indlæst', en: 'Read' }) },
            { label: t({ da: 'Rækker', en: 'Rows' }), numeric: true },
            { label: t({ da: 'Importeret', en: 'Imported' }) },
          ]}
          rows={batches.map((b) => [
            <a href={paths.imports.batch({ batchId: b.id })}>{b.fileName}</a>,
            formatDateTime(b.createdAt, ctx.locale),
            String(b.rowCount),
            b.importedAt ? formatDateTime(b.importedAt, ctx.locale) : t({ da: 'Ikke endnu', en: 'Not yet' }),
          ])}
        />
      )}
    </Layout>
  );
}

const PREVIEW_ROWS = 50;

/** /import/:batchId: choose the sheet and the columns, see the preview with every row error, then import. */
export function ImportBatchPage({
  ctx,
  batch,
  preview,
  mappingErrors,
  values,
  errors = {},
  imported,
}: {
  ctx: PageContext;
  batch: ImportBatch;
  preview: ImportResult;
  mappingErrors: Record<string, string>;
  /** The mapping as posted (after a refusal), else the batch's saved one. */
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  imported?: boolean;
}) {
  const { t } = ctx;
  const title = t({ da: `Import af ${batch.fileName}`, en: `Import of ${batch.fileName}` });
  const posted = (values?.mapping ?? {}) as Record<string, unknown>;
  const chosen = (f: string) =>
    values ? (typeof posted[f] === 'string' ? (posted[f] as string) : '') : (batch.mapping[f as keyof typeof batch.mapping] ?? '');
  const formErrors: Record<string, string> = { ...Object.fromEntries(Object.entries(mappingErrors).map(([k, v]) => [`mapping[${k}]`, v])), ...errors };
  const rowErrors = preview.errors;
  const ready = Object.keys(mappingErrors).length === 0 && rowErrors.length === 0 && preview.projects.length > 0;
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs items={[{ label: t(root), href: paths.imports.index() }, { label: batch.fileName }]} />
      <h1>{title}</h1>
      {imported ? (
        <Alert variant="success" heading={t({ da: 'Importen er gennemført', en: 'The import is done' })}>
          {t({
            da: `${batch.importedCount ?? 0} projekter er i kataloget. Indlæses filen igen, ændres kun de rækker, der er ændret.`,
            en: `${batch.importedCount ?? 0} projects are in the catalogue. Importing the file again changes only the rows that changed.`,
          })}
        </Alert>
      ) : null}
      <h2>{t({ da: '1. Vælg ark og kolonner', en: '1. Choose sheet and columns' })}</h2>
      <PostForm ctx={ctx} action={paths.imports.batch({ batchId: batch.id })} errors={formErrors} submit={t({ da: 'Vis forhåndsvisning', en: 'Show preview' })}>
        {batch.sheetNames.length > 1 ? (
          <Select
            name="sheet"
            label={t({ da: 'Ark', en: 'Sheet' })}
            value={typeof values?.sheet === 'string' ? values.sheet : batch.sheet}
            error={formErrors.sheet}
            options={batch.sheetNames.map((s) => ({ value: s, label: s }))}
          />
        ) : (
          <input type="hidden" name="sheet" value={batch.sheet} />
        )}
        {IMPORT_FIELDS.map((f) => (
          <Select
            name={`mapping[${f}]`}
            label={t(importFieldLabels[f])}
            value={chosen(f)}
            error={formErrors[`mapping[${f}]`]}
            options={[
              {
                value: '',
                label: REQUIRED_IMPORT_FIELDS.includes(f) ? t({ da: 'Vælg kolonne', en: 'Choose column' }) : t({ da: 'Ikke i filen', en: 'Not in the file' }),
              },
              ...batch.headers.map((h) => ({ value: h, label: h })),
            ]}
          />
        ))}
      </PostForm>
      <h2>{t({ da: '2. Forhåndsvisning', en: '2. Preview' })}</h2>
      <p>
        {t({
          da: `${preview.projects.length} rækker: ${preview.created} nye, ${preview.updated} ændrede og ${preview.unchanged} uændrede indgange i kataloget.`,
          en: `${preview.projects.length} rows: ${preview.created} new, ${preview.updated} changed and ${preview.unchanged} unchanged catalogue entries.`,
        })}
      </p>
      {rowErrors.length > 0 ? (
        <Alert
          variant="error"
          heading={t({
            da: `${rowErrors.length} fejl i filen – intet importeres, før de er rettet`,
            en: `${rowErrors.length} errors in the file – nothing is imported until they are fixed`,
          })}
          contentContainer={false}
        >
          <ul class="alert-text" id="import-errors">
            {rowErrors.map((e) => (
              <li>{e.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {preview.projects.length > 0 ? (
        <Table
          caption={t({
            da: preview.projects.length > PREVIEW_ROWS ? `De første ${PREVIEW_ROWS} rækker` : 'Rækkerne',
            en: preview.projects.length > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} rows` : 'The rows',
          })}
          columns={[
            { label: t({ da: 'Række', en: 'Row' }), numeric: true },
            { label: t({ da: 'Nøgle', en: 'Key' }) },
            { label: t({ da: 'Titel', en: 'Title' }), rowHeader: true },
            { label: t({ da: 'Enhed', en: 'Unit' }) },
            { label: t({ da: 'Periode', en: 'Period' }) },
            { label: t({ da: 'Budget', en: 'Budget' }), numeric: true },
            { label: t({ da: 'Forbrug', en: 'Spent' }), numeric: true },
          ]}
          rows={preview.projects
            .slice(0, PREVIEW_ROWS)
            .map((p) => [
              String(p.rowNumber),
              p.key,
              p.title,
              p.unitName,
              [p.periodStart, p.periodEnd].filter(Boolean).join(' – '),
              p.budgetOere === null ? '' : formatKroner(p.budgetOere, ctx.locale),
              p.spentOere === null ? '' : formatKroner(p.spentOere, ctx.locale),
            ])}
        />
      ) : null}
      <h2>{t({ da: '3. Importér', en: '3. Import' })}</h2>
      <p>
        {t({
          da: 'Alle rækker gemmes samlet: er der én fejl, gemmes intet. Pengene gemmes på katalogindgangen (budget og forbrug).',
          en: 'All rows are saved together: if there is one error, nothing is saved. The money is kept on the catalogue entry (budget and spent).',
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={paths.imports.run({ batchId: batch.id })}
        summary={false}
        submit={
          ready
            ? t({ da: `Importér ${preview.projects.length} projekter`, en: `Import ${preview.projects.length} projects` })
            : t({ da: 'Importér', en: 'Import' })
        }
      >
        {null}
      </PostForm>
    </Layout>
  );
}
