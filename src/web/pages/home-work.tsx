import { applicationStates, type ApplicationState } from '../../domain/application-workflow.js';
import { formatDate, formatDateTime } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import type { Message } from '../../errors.js';
import type { MyWork, WorkItem, WorkSection, WorkSectionKey } from '../../usecases/home/get-my-work.js';
import { Badge } from '../components/index.js';
import type { PageContext } from '../page-context.js';

interface SectionText {
  heading: Message;
  empty: Message;
  /** What the item's detail means, when it is a code (state, outcome). */
  detail?: (item: WorkItem, ctx: PageContext) => string | null;
}

const outcomes: Record<string, Message> = {
  approve: { da: 'Bevilget', en: 'Approved' },
  reject: { da: 'Afslået', en: 'Rejected' },
  defer: { da: 'Udsat', en: 'Deferred' },
};
const reviewStatuses: Record<string, Message> = {
  assigned: { da: 'Tildelt – erklær habilitet', en: 'Assigned – declare conflicts' },
  accepted: { da: 'I gang', en: 'In progress' },
};
const stateLabel = (state: string | null, ctx: PageContext): string | null =>
  state && state in applicationStates ? ctx.t(applicationStates[state as ApplicationState].staff) : null;

/** The front page's texts per kind of work, Danish first. */
const texts: Record<WorkSectionKey, SectionText> = {
  'applying.drafts': {
    heading: { da: 'Dine kladder', en: 'Your drafts' },
    empty: { da: 'Du har ingen ansøgninger under udarbejdelse.', en: 'You have no applications in progress.' },
  },
  'applying.questions': {
    heading: { da: 'Spørgsmål du skal svare på', en: 'Questions to answer' },
    empty: { da: 'Sekretariatet venter ikke på svar fra dig.', en: 'The secretariat is not waiting for an answer from you.' },
    detail: (i) => i.detail,
  },
  'applying.decisions': {
    heading: { da: 'Afgørelser', en: 'Decisions' },
    empty: { da: 'Du har ikke fået nogen afgørelser endnu.', en: 'You have not received any decisions yet.' },
    detail: (i, ctx) => {
      const outcome = i.detail ? outcomes[i.detail] : undefined;
      if (!outcome) return null;
      return i.amountOere ? `${ctx.t(outcome)}: ${formatKroner(i.amountOere, ctx.locale)}` : ctx.t(outcome);
    },
  },
  'applying.reportsDue': {
    heading: { da: 'Opfølgningsrapporter der skal afleveres', en: 'Follow-up reports due' },
    empty: { da: 'Ingen rapporter skal afleveres inden for 30 dage.', en: 'No reports are due within 30 days.' },
  },
  'caseHandling.newSubmissions': {
    heading: { da: 'Nye ansøgninger', en: 'New applications' },
    empty: { da: 'Ingen nye ansøgninger venter på screening.', en: 'No new applications are waiting for screening.' },
  },
  'caseHandling.answeredQuestions': {
    heading: { da: 'Besvarede spørgsmål', en: 'Answered questions' },
    empty: { da: 'Ingen ansøgere har svaret på spørgsmål, der venter på jer.', en: 'No answers from applicants are waiting for you.' },
    detail: (i) => i.detail,
  },
  'caseHandling.reviewsOutstanding': {
    heading: { da: 'Udestående bedømmelser', en: 'Outstanding reviews' },
    empty: { da: 'Ingen bedømmelser mangler.', en: 'No reviews are outstanding.' },
    detail: (i, ctx) => (i.detail ? ctx.t({ da: `${i.detail} mangler`, en: `${i.detail} outstanding` }) : null),
  },
  'caseHandling.readyForAgenda': {
    heading: { da: 'Klar til næste dagsorden', en: 'Ready for the next agenda' },
    empty: { da: 'Ingen indstillede ansøgninger venter på en dagsorden.', en: 'No recommended applications are waiting for an agenda.' },
    detail: (i, ctx) => {
      const state = stateLabel(i.detail, ctx);
      // Meetings carry no agenda deadline of their own: the meeting's date is what the agenda must be ready for.
      const meeting = i.at
        ? ctx.t({ da: `næste møde ${formatDateTime(i.at, ctx.locale)}`, en: `next meeting ${formatDateTime(i.at, ctx.locale)}` })
        : ctx.t({ da: 'intet møde planlagt', en: 'no meeting planned' });
      return [state, meeting].filter(Boolean).join(' – ');
    },
  },
  'caseHandling.reportsDue': {
    heading: { da: 'Rapporter der skal afleveres eller er over fristen', en: 'Reports due or overdue' },
    empty: { da: 'Ingen rapporter er over fristen eller skal afleveres inden for 30 dage.', en: 'No reports are overdue or due within 30 days.' },
  },
  'reviewing.assignedReviews': {
    heading: { da: 'Dine bedømmelser', en: 'Your reviews' },
    empty: { da: 'Du har ingen bedømmelser, der venter.', en: 'You have no reviews waiting.' },
    detail: (i, ctx) => (i.detail && reviewStatuses[i.detail] ? ctx.t(reviewStatuses[i.detail] as Message) : null),
  },
  'deciding.nextMeeting': {
    heading: { da: 'Næste møde', en: 'Next meeting' },
    empty: { da: 'Der er ingen punkter på dagsordenen endnu.', en: 'There are no items on the agenda yet.' },
    detail: (i, ctx) => stateLabel(i.detail, ctx),
  },
  'paying.awaitingPayout': {
    heading: { da: 'Bevillinger der venter på udbetaling', en: 'Grants awaiting payout' },
    empty: { da: 'Alle bevillinger er udbetalt.', en: 'Every grant has been paid out.' },
    detail: (i, ctx) => (i.amountOere ? ctx.t({ da: `${formatKroner(i.amountOere, 'da')} tilbage`, en: `${formatKroner(i.amountOere, 'en')} left` }) : null),
  },
};

function ItemLine({ item, ctx, text }: { item: WorkItem; ctx: PageContext; text: SectionText }) {
  const detail = text.detail?.(item, ctx) ?? null;
  return (
    <li>
      <a href={item.href}>{item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title}</a>
      {item.dueOn ? (
        <>
          {' '}
          {item.overdue ? <Badge variant="error" text={ctx.t({ da: 'Over fristen', en: 'Overdue' })} /> : null}{' '}
          <span class="text-small">{ctx.t({ da: `frist ${formatDate(item.dueOn, ctx.locale)}`, en: `due ${formatDate(item.dueOn, ctx.locale)}` })}</span>
        </>
      ) : null}
      {detail ? <p class="text-small mt-0">{detail}</p> : null}
    </li>
  );
}

function MeetingIntro({ section, ctx }: { section: WorkSection; ctx: PageContext }) {
  const m = section.meeting;
  if (!m) return <p>{ctx.t({ da: 'Der er ikke planlagt noget møde.', en: 'No meeting is planned.' })}</p>;
  return (
    <p>
      <a href={m.href}>{`${m.bodyName}, ${formatDateTime(m.startsAt, ctx.locale)}`}</a>
      {m.location ? `, ${m.location}` : ''}
      {` (${m.poolName})`}
    </p>
  );
}

/** One kind of work: heading with its count, the newest items, "se alle", or what it means that there is none. */
function Section({ section, ctx, id }: { section: WorkSection; ctx: PageContext; id: string }) {
  const text = texts[section.key];
  const { t } = ctx;
  return (
    <section class="my-work-section mb-6" aria-labelledby={id} data-work={section.key}>
      <h3 id={id} class="h4">
        {t(text.heading)} <span class="badge badge-large">{section.count}</span>
      </h3>
      {section.key === 'deciding.nextMeeting' ? <MeetingIntro section={section} ctx={ctx} /> : null}
      {section.overdueCount > 0 ? <p>{t({ da: `${section.overdueCount} over fristen.`, en: `${section.overdueCount} overdue.` })}</p> : null}
      {section.items.length === 0 ? (
        <p>{t(text.empty)}</p>
      ) : (
        <ul class="my-work-list">
          {section.items.map((item) => (
            <ItemLine item={item} ctx={ctx} text={text} />
          ))}
        </ul>
      )}
      {section.allHref ? (
        <p>
          <a href={section.allHref}>
            {t({ da: 'Se alle', en: 'See all' })}
            <span class="sr-only">{`: ${t(text.heading)}`}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}

const groupHeadings: Record<WorkSection['group'], Message> = {
  applying: { da: 'Som ansøger', en: 'As applicant' },
  caseHandling: { da: 'Som sekretariat', en: 'As secretariat' },
  reviewing: { da: 'Som bedømmer', en: 'As reviewer' },
  deciding: { da: 'Som beslutningsorgan', en: 'As decision body' },
  paying: { da: 'Som økonomi', en: 'As finance' },
};

/** What needs the person now: their roles' work, grouped by role. */
export function MyWorkSections({ ctx, work }: { ctx: PageContext; work: MyWork }) {
  const groups = [...new Set(work.sections.map((s) => s.group))];
  return (
    <>
      {groups.map((g) => (
        <section class="my-work-group" aria-labelledby={`work-${g}`}>
          <h2 id={`work-${g}`}>{ctx.t(groupHeadings[g])}</h2>
          {work.sections
            .filter((s) => s.group === g)
            .map((s) => (
              <Section section={s} ctx={ctx} id={`work-${s.key.replace('.', '-')}`} />
            ))}
        </section>
      ))}
    </>
  );
}
