import { formatDateTime } from '../../../../domain/dates.js';
import type { SubmittedCopy } from '../../../../usecases/applications/get-submitted-copy.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';
import { AnswersSummary } from './application-page.js';

/** The submitted version on paper: no navigation, every answer, section by section (print stylesheet in app.css). */
export function ApplicationPrintPage({ ctx, copy }: { ctx: PageContext; copy: SubmittedCopy }) {
  const { t } = ctx;
  const { view, version } = copy;
  const a = view.application;
  const title = `${t({ da: 'Ansøgning', en: 'Application' })} ${a.caseNumber}: ${a.title}`;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={paths.static.dkfds('css/dkfds.min.css')} />
        <link rel="stylesheet" href={paths.static.app('app.css')} />
      </head>
      <body>
        <main class="container print-page application-print">
          <p class="no-print">
            <a href={paths.applications.show({ applicationId: a.id })}>{t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })}</a>
          </p>
          <p class="h5 mb-0">{t({ da: `Ansøgning ${a.caseNumber}`, en: `Application ${a.caseNumber}` })}</p>
          <h1 class="mt-2">{a.title}</h1>
          <ul class="nobullet-list">
            <li>{t({ da: `Pulje: ${view.pool.pool.name}`, en: `Pool: ${view.pool.pool.name}` })}</li>
            <li>{t({ da: `Ansvarlig ansøger: ${view.lead.name}`, en: `Lead applicant: ${view.lead.name}` })}</li>
            {view.coApplicants.length > 0 ? (
              <li>
                {t({ da: 'Medansøgere', en: 'Co-applicants' })}: {view.coApplicants.map((c) => c.name).join(', ')}
              </li>
            ) : null}
            <li>
              {t({
                da: `Version ${version.number}, indsendt ${formatDateTime(version.submittedAt, 'da')} af ${version.submittedByName}`,
                en: `Version ${version.number}, submitted ${formatDateTime(version.submittedAt, 'en')} by ${version.submittedByName}`,
              })}
            </li>
          </ul>
          <p class="no-print">
            {t({
              da: 'Udskriv siden med browserens udskriftsfunktion (Ctrl+P eller Cmd+P); du kan også gemme den som PDF derfra.',
              en: "Print the page with the browser's print function (Ctrl+P or Cmd+P); you can also save it as a PDF from there.",
            })}
          </p>
          <AnswersSummary ctx={ctx} view={view} />
        </main>
      </body>
    </html>
  );
}
