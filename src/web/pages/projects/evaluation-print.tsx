import { paths } from '../../../paths.js';
import type { PageContext } from '../../page-context.js';
import type { EvaluationView } from '../../../usecases/projects/get-evaluation.js';
import { EvaluationSummary } from './evaluation-view.js';

/** The evaluation on paper (the page printed to PDF): no navigation, the same content as the page. */
export function EvaluationPrintPage({ ctx, view }: { ctx: PageContext; view: EvaluationView }) {
  const { t } = ctx;
  const title = `${t({ da: 'Evaluering', en: 'Evaluation' })}: ${view.project.title}`;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
        <link rel="stylesheet" href={paths.static.dkfds('css/dkfds.min.css')} />
        <link rel="stylesheet" href={paths.static.app('app.css')} />
      </head>
      <body>
        <main class="container print-page">
          <h1>{title}</h1>
          <p>
            {view.project.poolName} · {t({ da: 'Sagsnr.', en: 'Case no.' })} {view.project.caseNumber}
          </p>
          <EvaluationSummary ctx={ctx} view={view} />
        </main>
      </body>
    </html>
  );
}
