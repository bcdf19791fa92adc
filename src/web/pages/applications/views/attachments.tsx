import { ALLOWED_EXTENSIONS } from '../../../../domain/attachment-types.js';
import { formatDateTime } from '../../../../domain/dates.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import { Alert, BackLink, Button, ButtonLink, FileInput, Table } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import { Layout } from '../../layout.js';
import { PostForm } from '../../../form-kit/index.js';
import { paths } from '../../../../paths.js';

const size = (bytes: number, locale: 'da' | 'en') => {
  const kb = bytes / 1024;
  const s = kb < 1024 ? `${Math.max(1, Math.round(kb))} kB` : `${(kb / 1024).toFixed(1)} MB`;
  return locale === 'da' ? s.replace('.', ',') : s;
};

export function AttachmentList({ ctx, view, canRemove }: { ctx: PageContext; view: ApplicationView; canRemove: boolean }) {
  const { t } = ctx;
  const applicationId = view.application.id;
  if (view.attachments.length === 0) return <p>{t({ da: 'Ingen bilag.', en: 'No attachments.' })}</p>;
  return (
    <Table
      caption={t({ da: 'Vedhæftede filer', en: 'Attached files' })}
      captionClass="sr-only"
      columns={[
        { label: t({ da: 'Fil', en: 'File' }) },
        { label: t({ da: 'Størrelse', en: 'Size' }), numeric: true },
        { label: t({ da: 'Vedhæftet', en: 'Attached' }) },
        ...(canRemove ? [{ label: t({ da: 'Handling', en: 'Action' }) }] : []),
      ]}
      rows={view.attachments.map((f) => [
        <a href={paths.applications.attachment({ applicationId, attachmentId: f.id })}>{f.fileName}</a>,
        size(f.sizeBytes, ctx.locale),
        formatDateTime(f.createdAt, ctx.locale),
        ...(canRemove
          ? [
              <PostForm ctx={ctx} action={paths.applications.removeAttachment({ applicationId, attachmentId: f.id })} class="inline-form" summary={false}>
                <Button variant="unstyled" class="function-link" srOnly={f.fileName}>
                  {t({ da: 'Fjern', en: 'Remove' })}
                </Button>
              </PostForm>,
            ]
          : []),
      ])}
    />
  );
}

/** The attachments step: upload (multipart) and the list of files. */
export function AttachmentsPage({
  ctx,
  view,
  errors,
  maxBytes,
  saved,
}: {
  ctx: PageContext;
  view: ApplicationView;
  /** By form field name (`file`). */
  errors?: Record<string, string>;
  maxBytes: number;
  saved?: boolean;
}) {
  const { t } = ctx;
  const applicationId = view.application.id;
  const mb = Math.round(maxBytes / (1024 * 1024));
  return (
    <Layout ctx={ctx} title={`${t({ da: 'Bilag', en: 'Attachments' })} – ${view.application.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <span class="h5 mb-0 d-block">
        {t({ da: `Ansøgning ${view.application.caseNumber}`, en: `Application ${view.application.caseNumber}` })}: {view.application.title}
      </span>
      <h1 class="mt-2">{t({ da: 'Bilag', en: 'Attachments' })}</h1>
      {saved ? <Alert variant="success" heading={t({ da: 'Filen er vedhæftet', en: 'The file is attached' })} headingLevel="h2" /> : null}
      <AttachmentList ctx={ctx} view={view} canRemove={view.access.canEdit} />
      {view.access.canEdit ? (
        <PostForm ctx={ctx} action={paths.applications.step({ applicationId, sectionSlug: 'bilag' })} errors={errors} multipart>
          <FileInput
            name="file"
            label={t({ da: 'Vedhæft en fil', en: 'Attach a file' })}
            hint={t({
              da: `PDF, Word, Excel, PowerPoint, OpenDocument eller billeder (PNG, JPEG, GIF, WebP). Højst ${mb} MB pr. fil.`,
              en: `PDF, Word, Excel, PowerPoint, OpenDocument or images (PNG, JPEG, GIF, WebP). At most ${mb} MB per file.`,
            })}
            error={errors?.file}
            accept={ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',')}
          />
          <Button variant="secondary" icon="attach-file">
            {t({ da: 'Vedhæft fil', en: 'Attach file' })}
          </Button>
        </PostForm>
      ) : null}
      <ButtonLink href={paths.applications.check({ applicationId })} class="mt-7">
        {t({ da: 'Fortsæt til Tjek dine svar', en: 'Continue to Check your answers' })}
      </ButtonLink>
    </Layout>
  );
}
