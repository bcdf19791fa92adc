import { formatDate, formatDateTime } from '../../../../domain/dates.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import { Alert } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';

/**
 * The submission's receipt: the version is frozen, what happens next (screening by the secretariat,
 * then the direct decision, the next meeting and its deadline, or continuous intake) and a printable
 * copy of what was submitted.
 */
export function SubmittedReceipt({ ctx, view, heading }: { ctx: PageContext; view: ApplicationView; heading: string }) {
  const { t } = ctx;
  const a = view.application;
  const pool = view.pool.pool;
  const line = view.pool.lines.find((l) => l.id === a.budgetLineId);
  const m = view.nextMeeting;
  let decision: string;
  if (line?.decisionMode === 'direct') {
    const who = line.directDeciderLabel ?? t({ da: 'de, der afgør linjen', en: 'those who decide the line' });
    decision = t({
      da: `Ansøgningen søger fra "${line.name}", som afgøres direkte af ${who} – ikke på et møde.`,
      en: `The application is for "${line.name}", which is decided directly by ${who} – not at a meeting.`,
    });
  } else if (pool.intake === 'rounds') {
    decision = m?.submissionDeadline
      ? t({
          da: `Puljen har ansøgningsrunder. Ansøgningen når runden med frist ${formatDate(m.submissionDeadline, 'da')} og kan komme på dagsordenen til ${m.bodyName}s møde ${formatDateTime(m.startsAt, 'da')}.`,
          en: `The pool has rounds. The application reaches the round with the deadline ${formatDate(m.submissionDeadline, 'en')} and can be on the agenda of ${m.bodyName}'s meeting ${formatDateTime(m.startsAt, 'en')}.`,
        })
      : t({
          da: 'Puljen har ansøgningsrunder, men der er ingen kommende frist endnu. Sekretariatet sætter ansøgningen på dagsordenen til et senere møde.',
          en: 'The pool has rounds, but there is no upcoming deadline yet. The secretariat puts the application on the agenda of a later meeting.',
        });
  } else {
    decision = m
      ? t({
          da: `Puljen har løbende ansøgning: der er ingen frist. Når ansøgningen er klar, sætter sekretariatet den på dagsordenen; det næste møde i ${m.bodyName} er ${formatDateTime(m.startsAt, 'da')}.`,
          en: `The pool has continuous intake: there is no deadline. When the application is ready, the secretariat puts it on the agenda; the next meeting of ${m.bodyName} is ${formatDateTime(m.startsAt, 'en')}.`,
        })
      : t({
          da: 'Puljen har løbende ansøgning: der er ingen frist. Når ansøgningen er klar, sætter sekretariatet den på dagsordenen til det næste møde.',
          en: 'The pool has continuous intake: there is no deadline. When the application is ready, the secretariat puts it on the agenda of the next meeting.',
        });
  }
  return (
    <Alert variant="success" heading={heading} headingLevel="h2" contentContainer={false}>
      {a.currentVersion > 0 ? (
        <p class="alert-text">
          {t({ da: `Version ${a.currentVersion} er gemt og kan ikke ændres.`, en: `Version ${a.currentVersion} is saved and cannot be changed.` })}
        </p>
      ) : null}
      <h3 class="h5">{t({ da: 'Hvad sker der nu?', en: 'What happens next?' })}</h3>
      <ol class="what-next">
        <li>
          {t({
            da: 'Sekretariatet screener ansøgningen: er den fyldestgørende, og lever den op til puljens krav? Mangler der noget, beder sekretariatet dig om flere oplysninger her.',
            en: "The secretariat screens the application: is it complete, and does it meet the pool's requirements? If something is missing, the secretariat asks you for more information here.",
          })}
        </li>
        <li>{decision}</li>
        <li>{t({ da: 'Du får besked, når der er truffet en afgørelse.', en: 'You are notified when a decision has been made.' })}</li>
      </ol>
      {a.currentVersion > 0 ? (
        <p class="alert-text">
          <a href={paths.applications.print({ applicationId: a.id })}>
            {t({ da: 'Udskriv en kopi af den indsendte ansøgning', en: 'Print a copy of the submitted application' })}
          </a>
        </p>
      ) : null}
    </Alert>
  );
}

/** The pool's own deadline while the application is a draft: the next round's, none left, or continuous intake. */
export function DraftDeadline({ ctx, view }: { ctx: PageContext; view: ApplicationView }) {
  const { t } = ctx;
  if (view.pool.pool.intake === 'continuous') return <>{t({ da: 'Løbende ansøgning (ingen frist)', en: 'Continuous intake (no deadline)' })}</>;
  const deadline = view.nextMeeting?.submissionDeadline;
  return deadline ? (
    <>{t({ da: `Næste runde: ${formatDate(deadline, 'da')}`, en: `Next round: ${formatDate(deadline, 'en')}` })}</>
  ) : (
    <>{t({ da: 'Ingen kommende frist', en: 'No upcoming deadline' })}</>
  );
}
