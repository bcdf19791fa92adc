import type { AssessmentPoolEntry } from '../../../usecases/assessment/decision-context.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

/** Entry to case handling: per pool the inbox, the score summary and the meetings the person may open. */
export function AssessmentIndexPage({ ctx, pools }: { ctx: PageContext; pools: AssessmentPoolEntry[] }) {
  const { t } = ctx;
  const title = t({ da: 'Sagsbehandling', en: 'Case handling' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {pools.length === 0 ? <p>{t({ da: 'Du har ingen puljer at behandle sager i.', en: 'You have no pools to handle cases in.' })}</p> : null}
      {pools.map((p) => (
        <section aria-labelledby={`pool-${p.id}`}>
          <h2 id={`pool-${p.id}`} class="h3">
            {p.name} <span class="text-small weight-normal">({p.organisationName})</span>
          </h2>
          <ul>
            {p.inbox ? (
              <li>
                <a href={paths.pools.inbox({ poolId: p.id })}>{t({ da: 'Indbakke', en: 'Inbox' })}</a>
              </li>
            ) : null}
            {p.scores ? (
              <li>
                <a href={paths.pools.scores({ poolId: p.id })}>{t({ da: 'Pointoversigt', en: 'Score summary' })}</a>
              </li>
            ) : null}
            {p.meetings ? (
              <li>
                <a href={paths.pools.meetings({ poolId: p.id })}>{t({ da: 'Møder og dagsordener', en: 'Meetings and agendas' })}</a>
              </li>
            ) : null}
          </ul>
          {p.awaitingDirectDecision.length > 0 ? (
            <>
              <h3 class="h4">{t({ da: 'Afventer direkte afgørelse', en: 'Awaiting a direct decision' })}</h3>
              <ul>
                {p.awaitingDirectDecision.map((a) => (
                  <li>
                    <a href={paths.assessment.decideDirectly({ applicationId: a.id })}>{`${a.caseNumber}: ${a.title}`}</a> ({a.lineName})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
