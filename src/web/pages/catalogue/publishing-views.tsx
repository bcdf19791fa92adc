import { ALLOWED_EXTENSIONS } from '../../../domain/attachment-types.js';
import { formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { CatalogueDocumentInfo } from '../../../usecases/catalogue/catalogue-documents.js';
import type { CategoryView } from '../../../usecases/catalogue/list-categories.js';
import { Alert, BackLink, Button, FileInput, Table } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { EntryForm } from './entry-form.js';

interface FormPageProps {
  ctx: PageContext;
  categories: CategoryView[];
  values: Record<string, unknown>;
  errors?: Record<string, string>;
}

/** /projekter/:applicationId/katalog: "Del i erfaringskataloget", prefilled from the project. */
export function PublishEntryPage({ ctx, applicationId, projectTitle, ...form }: FormPageProps & { applicationId: string; projectTitle: string }) {
  const { t } = ctx;
  const title = t({ da: 'Del i erfaringskataloget', en: 'Share in the experience catalogue' });
  return (
    <Layout ctx={ctx} title={`${title} – ${projectTitle}`}>
      <BackLink href={paths.projects.show({ applicationId })} text={t({ da: 'Tilbage til projektet', en: 'Back to the project' })} />
      <span class="h5 mb-0 d-block">{projectTitle}</span>
      <h1 class="mt-2">{title}</h1>
      <p>
        {t({
          da: 'Felterne er udfyldt ud fra ansøgningen, rapporterne og evalueringen. Ret dem, så andre kan lære af projektet. Effekter, forbrug, fase og anbefaling holdes derefter opdateret fra projektet.',
          en: 'The fields are filled in from the application, the reports and the evaluation. Edit them so others can learn from the project. Effects, spending, phase and recommendation are then kept up to date from the project.',
        })}
      </p>
      <EntryForm
        ctx={ctx}
        {...form}
        money={false}
        action={paths.catalogue.publish({ applicationId })}
        submit={t({ da: 'Del i kataloget', en: 'Share in the catalogue' })}
        cancelHref={paths.projects.show({ applicationId })}
      />
    </Layout>
  );
}

/** /katalog/:catalogueEntryId/rediger: the editorial fields; money only for an older project's entry. */
export function EditEntryPage({ ctx, entryId, entryTitle, money, ...form }: FormPageProps & { entryId: string; entryTitle: string; money: boolean }) {
  const { t } = ctx;
  const title = t({ da: 'Ret katalogindgang', en: 'Edit catalogue entry' });
  return (
    <Layout ctx={ctx} title={`${title} – ${entryTitle}`}>
      <BackLink href={paths.catalogue.show({ catalogueEntryId: entryId })} text={t({ da: 'Tilbage til indgangen', en: 'Back to the entry' })} />
      <span class="h5 mb-0 d-block">{entryTitle}</span>
      <h1 class="mt-2">{title}</h1>
      <EntryForm
        ctx={ctx}
        {...form}
        money={money}
        action={paths.catalogue.edit({ catalogueEntryId: entryId })}
        submit={t({ da: 'Gem', en: 'Save' })}
        cancelHref={paths.catalogue.show({ catalogueEntryId: entryId })}
      />
    </Layout>
  );
}

/** /katalog/ny: an older project that never ran through the system. */
export function HistoryEntryPage({ ctx, ...form }: FormPageProps) {
  const { t } = ctx;
  const title = t({ da: 'Nyt tidligere projekt i kataloget', en: 'New earlier project in the catalogue' });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.catalogue.index()} text={t({ da: 'Tilbage til kataloget', en: 'Back to the catalogue' })} />
      <h1>{title}</h1>
      <p>
        {t({
          da: 'For et projekt, der blev gennemført, før puljen kom i systemet. Skriv det, andre kan lære af. Beløb skrives i kroner.',
          en: 'For a project carried out before the pool was in the system. Write what others can learn from. Amounts in kroner.',
        })}
      </p>
      <EntryForm
        ctx={ctx}
        {...form}
        money
        action={paths.catalogue.newHistory()}
        submit={t({ da: 'Opret indgangen', en: 'Create the entry' })}
        cancelHref={paths.catalogue.index()}
      />
    </Layout>
  );
}

const size = (bytes: number, locale: 'da' | 'en') => {
  const kb = bytes / 1024;
  const s = kb < 1024 ? `${Math.max(1, Math.round(kb))} kB` : `${(kb / 1024).toFixed(1)} MB`;
  return locale === 'da' ? s.replace('.', ',') : s;
};

/** The entry's documents (download for every viewer), with upload and remove for its editors. */
export function EntryDocumentsSection({
  ctx,
  entryId,
  documents,
  mayEdit,
  maxBytes,
  errors,
  saved,
}: {
  ctx: PageContext;
  entryId: string;
  documents: CatalogueDocumentInfo[];
  mayEdit: boolean;
  maxBytes: number;
  errors?: Record<string, string>;
  saved?: boolean;
}) {
  const { t } = ctx;
  if (documents.length === 0 && !mayEdit) return null;
  const mb = Math.round(maxBytes / (1024 * 1024));
  return (
    <section aria-labelledby="entry-documents">
      <h2 id="entry-documents">{t({ da: 'Dokumenter', en: 'Documents' })}</h2>
      {saved ? <Alert variant="success" heading={t({ da: 'Dokumentet er tilføjet', en: 'The document is added' })} headingLevel="h3" /> : null}
      {documents.length === 0 ? (
        <p>{t({ da: 'Ingen dokumenter endnu.', en: 'No documents yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Dokumenter', en: 'Documents' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Fil', en: 'File' }) },
            { label: t({ da: 'Størrelse', en: 'Size' }), numeric: true },
            { label: t({ da: 'Tilføjet', en: 'Added' }) },
            ...(mayEdit ? [{ label: t({ da: 'Handling', en: 'Action' }) }] : []),
          ]}
          rows={documents.map((d) => [
            <a href={paths.catalogue.document({ catalogueEntryId: entryId, documentId: d.id })}>{d.filename}</a>,
            size(d.sizeBytes, ctx.locale),
            formatDateTime(d.createdAt, ctx.locale),
            ...(mayEdit
              ? [
                  <PostForm
                    ctx={ctx}
                    action={paths.catalogue.deleteDocument({ catalogueEntryId: entryId, documentId: d.id })}
                    class="inline-form"
                    summary={false}
                  >
                    <Button variant="unstyled" class="function-link" srOnly={d.filename}>
                      {t({ da: 'Fjern', en: 'Remove' })}
                    </Button>
                  </PostForm>,
                ]
              : []),
          ])}
        />
      )}
      {mayEdit ? (
        <PostForm ctx={ctx} action={paths.catalogue.documents({ catalogueEntryId: entryId })} errors={errors} multipart>
          <FileInput
            name="file"
            label={t({ da: 'Tilføj et dokument', en: 'Add a document' })}
            hint={t({
              da: `PDF, Word, Excel, PowerPoint, OpenDocument eller billeder (PNG, JPEG, GIF, WebP). Højst ${mb} MB pr. fil.`,
              en: `PDF, Word, Excel, PowerPoint, OpenDocument or images (PNG, JPEG, GIF, WebP). At most ${mb} MB per file.`,
            })}
            error={errors?.file}
            accept={ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',')}
          />
          <Button variant="secondary" icon="attach-file">
            {t({ da: 'Tilføj dokument', en: 'Add document' })}
          </Button>
        </PostForm>
      ) : null}
    </section>
  );
}
