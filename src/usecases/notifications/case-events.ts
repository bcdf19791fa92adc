import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { formatDate, formatDateTime } from '../../domain/dates.js';
import type { Message } from '../../errors.js';
import { paths } from '../../paths.js';
import { workGroupPermissions } from '../../policies/home.js';
import { membersWithPermission, notify } from './notify.js';

/**
 * The notifications of the events a person waits for, each called by the use case of the change with
 * its transaction (so nobody hears of a change that was rolled back): the applicant's receipt and the
 * secretariat's news on a submission, a new idea, and advice on an idea. Each area's use case adds one call.
 */

interface SubmittedApplication {
  id: string;
  organisationId: string;
  poolId: string;
  caseNumber: string;
  title: string;
  leadUserId: string;
}

/** What happens next, for the receipt: screening, then the next meeting and its deadline, or continuous intake. */
async function whatHappensNext(tx: Db, poolId: string, now: Date): Promise<Message> {
  const [pool] = await tx.select({ name: pools.name, intake: pools.intake }).from(pools).where(eq(pools.id, poolId));
  const [meeting] = await tx
    .select({ startsAt: meetings.startsAt, deadline: meetings.submissionDeadline, bodyName: decisionBodies.name })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(and(eq(decisionBodies.poolId, poolId), eq(meetings.status, 'planned'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  const screening: Message = {
    da: 'Sekretariatet screener nu ansøgningen: om den opfylder puljens kriterier, og om noget mangler. Har sekretariatet spørgsmål, får du besked her og på e-mail.',
    en: 'The secretariat will now screen the application: whether it meets the pool’s criteria and whether anything is missing. If they have questions, you will be told here and by e-mail.',
  };
  const intake: Message =
    pool?.intake === 'rounds'
      ? meeting
        ? {
            da: `Puljen behandler ansøgninger i runder. Næste møde er i ${meeting.bodyName} ${formatDateTime(meeting.startsAt, 'da')}${meeting.deadline ? `; ansøgningsfristen til mødet er ${formatDate(meeting.deadline, 'da')}` : ''}.`,
            en: `The pool handles applications in rounds. The next meeting is in ${meeting.bodyName} on ${formatDateTime(meeting.startsAt, 'en')}${meeting.deadline ? `; the deadline for that meeting is ${formatDate(meeting.deadline, 'en')}` : ''}.`,
          }
        : {
            da: 'Puljen behandler ansøgninger i runder. Der er endnu ikke planlagt et møde; du får besked, når ansøgningen kommer på en dagsorden.',
            en: 'The pool handles applications in rounds. No meeting is planned yet; you will be told when the application is put on an agenda.',
          }
      : {
          da: `Puljen modtager ansøgninger løbende: ansøgningen behandles, når den er screenet og bedømt${meeting ? `, tidligst på mødet i ${meeting.bodyName} ${formatDateTime(meeting.startsAt, 'da')}` : ''}.`,
          en: `The pool takes applications continuously: the application is handled once it is screened and reviewed${meeting ? `, at the earliest at the meeting of ${meeting.bodyName} on ${formatDateTime(meeting.startsAt, 'en')}` : ''}.`,
        };
  return { da: `${screening.da}\n\n${intake.da}`, en: `${screening.en}\n\n${intake.en}` };
}

/**
 * An application was submitted (or resubmitted with the answers the secretariat asked for): a receipt to
 * the lead applicant with what happens next, and news to the organisation's secretariat.
 */
export async function notifyApplicationSubmitted(
  tx: Db,
  application: SubmittedApplication,
  opts: { resubmitted: boolean; version: number; now?: Date },
): Promise<void> {
  const next = await whatHappensNext(tx, application.poolId, opts.now ?? new Date());
  const { caseNumber, title } = application;
  await notify(tx, {
    userIds: [application.leadUserId],
    organisationId: application.organisationId,
    applicationId: application.id,
    kind: opts.resubmitted ? 'application.resubmitted.receipt' : 'application.submitted.receipt',
    title: opts.resubmitted
      ? { da: `Kvittering: dine svar på ${caseNumber} er modtaget`, en: `Receipt: your answers on ${caseNumber} are received` }
      : { da: `Kvittering: ansøgning ${caseNumber} er modtaget`, en: `Receipt: application ${caseNumber} is received` },
    body: {
      da: `Vi har modtaget ${opts.resubmitted ? 'den opdaterede udgave af ' : ''}din ansøgning "${title}" (version ${opts.version}).\n\n${next.da}`,
      en: `We have received ${opts.resubmitted ? 'the updated version of ' : ''}your application "${title}" (version ${opts.version}).\n\n${next.en}`,
    },
    link: paths.applications.show({ applicationId: application.id }),
  });
  await notify(tx, {
    userIds: await membersWithPermission(tx, application.organisationId, 'assessment.screen'),
    organisationId: application.organisationId,
    applicationId: application.id,
    kind: opts.resubmitted ? 'application.resubmitted' : 'application.submitted',
    title: opts.resubmitted
      ? { da: `Ansøgeren har svaret: ${caseNumber}`, en: `The applicant has answered: ${caseNumber}` }
      : { da: `Ny ansøgning: ${caseNumber}`, en: `New application: ${caseNumber}` },
    body: opts.resubmitted
      ? {
          da: `Ansøgeren har svaret på jeres spørgsmål og indsendt "${title}" igen (version ${opts.version}). Ansøgningen venter på screening.`,
          en: `The applicant has answered your questions and resubmitted "${title}" (version ${opts.version}). It is waiting for screening.`,
        }
      : { da: `"${title}" er indsendt og venter på screening.`, en: `"${title}" has been submitted and is waiting for screening.` },
    link: paths.assessment.case({ applicationId: application.id }),
  });
}

/** A new idea for a pool: news to the organisation's secretariat, who give advice on ideas. */
export async function notifyIdeaCreated(tx: Db, idea: { id: string; organisationId: string; title: string; authorName: string }): Promise<void> {
  await notify(tx, {
    userIds: await membersWithPermission(tx, idea.organisationId, 'idea.advise'),
    organisationId: idea.organisationId,
    kind: 'idea.created',
    title: { da: `Ny idé: ${idea.title}`, en: `New idea: ${idea.title}` },
    body: {
      da: `${idea.authorName} har sendt idéen "${idea.title}" til sekretariatet og venter på sparring.`,
      en: `${idea.authorName} has sent the idea "${idea.title}" to the secretariat and is waiting for advice.`,
    },
    link: paths.ideas.show({ ideaId: idea.id }),
  });
}

/** The secretariat gave advice on an idea: the author is told. */
export async function notifyIdeaAdvised(tx: Db, idea: { id: string; organisationId: string; title: string; authorUserId: string }): Promise<void> {
  await notify(tx, {
    userIds: [idea.authorUserId],
    organisationId: idea.organisationId,
    kind: 'idea.advised',
    title: { da: `Sparring på din idé: ${idea.title}`, en: `Advice on your idea: ${idea.title}` },
    body: {
      da: `Sekretariatet har givet sparring på din idé "${idea.title}". Læs den, og svar gerne i tråden.`,
      en: `The secretariat has given advice on your idea "${idea.title}". Read it and feel free to answer in the thread.`,
    },
    link: paths.ideas.show({ ideaId: idea.id }),
  });
}

/** A meeting's agenda is sent out: the decision body's members in the organisation are told. */
export async function notifyAgendaPublished(
  tx: Db,
  meeting: { meetingId: string; organisationId: string; bodyName: string; startsAt: Date; items: number },
): Promise<void> {
  const when = { da: formatDateTime(meeting.startsAt, 'da'), en: formatDateTime(meeting.startsAt, 'en') };
  await notify(tx, {
    userIds: await membersWithPermission(tx, meeting.organisationId, workGroupPermissions.deciding),
    organisationId: meeting.organisationId,
    kind: 'meeting.agenda_published',
    title: { da: `Dagsorden til ${meeting.bodyName} ${when.da}`, en: `Agenda for ${meeting.bodyName} on ${when.en}` },
    body: {
      da: `Dagsordenen til mødet i ${meeting.bodyName} ${when.da} er udsendt med ${meeting.items} punkter. Læs indstillingerne før mødet.`,
      en: `The agenda for the meeting of ${meeting.bodyName} on ${when.en} has been sent out with ${meeting.items} items. Read the recommendations before the meeting.`,
    },
    link: paths.meetings.show({ meetingId: meeting.meetingId }),
  });
}
