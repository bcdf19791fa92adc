import { formatDate } from '../../../domain/dates.js';
import type { JournalView } from '../../../usecases/records/journal-list.js';
import { Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { Crumbs } from '../assessment/crumbs.js';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** The case's journal list (offentlighedsloven: every document with its date and subject), as the export's journalliste.csv holds it. */
export function JournalPage({ ctx, data }: { ctx: PageContext; data: JournalView }) {
  const { t } = ctx;
  const a = data.application;
  const ids = { applicationId: a.id };
  const title = t({ da: `Journalliste: ${a.caseNumber}`, en: `Journal list: ${a.caseNumber}` });
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs ctx={ctx} items={[{ label: a.caseNumber, href: paths.assessment.case(ids) }, { label: t({ da: 'Journalliste', en: 'Journal list' }) }]} />
      <h1>{title}</h1>
      <p class="font-lead">{a.title}</p>
      {data.entries.length === 0 ? (
        <p>{t({ da: 'Sagen har ingen dokumenter endnu.', en: 'The case has no documents yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: `Sagens dokumenter (${data.entries.length})`, en: `The case's documents (${data.entries.length})` })}
          columns={[
            { label: t({ da: 'Dato', en: 'Date' }) },
            { label: t({ da: 'Emne', en: 'Subject' }), rowHeader: true },
            { label: t({ da: 'Dokument-id', en: 'Document id' }) },
            { label: t({ da: 'Fil', en: 'File' }) },
          ]}
          rows={data.entries.map((e) => [
            formatDate(e.date, ctx.locale),
            e.subject,
            <code>{e.documentId}</code>,
            e.file ? `${e.file.fileName} (${kb(e.file.sizeBytes)})` : '–',
          ])}
        />
      )}
      <p>
        <a href={paths.records.aktindsigt(ids)}>{t({ da: 'Aktindsigt og eksport af sagen', en: 'Access to documents and export of the case' })}</a>
      </p>
    </Layout>
  );
}
