import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { MinutesItem, MinutesView } from '../../../usecases/meetings/get-minutes.js';
import { Alert, Checkboxes, TextArea } from '../../components/index.js';
import { PostForm, valueAt, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { Crumbs, SavedNotice } from './crumbs.js';
import { outcomeLabel } from './labels.js';
import { MeetingStatus } from './status-badges.js';

/** "Referat: Velfærdsteknologirådet 12. marts 2026". */
export function minutesTitle(ctx: PageContext, view: MinutesView): string {
  const { body, meeting } = view;
  return ctx.t({ da: `Referat: ${body.name} ${formatDate(meeting.startsAt, 'da')}`, en: `Minutes: ${body.name} ${formatDate(meeting.startsAt, 'en')}` });
}

/** Text typed with blank lines as paragraphs. */
function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <>
      {parts.map((p) => (
        <p class="minutes-text">{p}</p>
      ))}
    </>
  );
}

function DecisionLine({ ctx, item }: { ctx: PageContext; item: MinutesItem }) {
  const { t } = ctx;
  const d = item.decision;
  if (!d) return <p>{t({ da: 'Afgørelse: ingen endnu.', en: 'Decision: none yet.' })}</p>;
  return (
    <p>
      <strong>{t({ da: 'Afgørelse: ', en: 'Decision: ' })}</strong>
      {t(outcomeLabel[d.outcome])}
      {d.outcome === 'approve' ? ` – ${formatKroner(d.amountOere, ctx.locale)}` : ''}
      {d.conditions ? ` – ${t({ da: 'betingelser', en: 'conditions' })}: ${d.conditions}` : ''}
      {d.reason ? ` – ${d.reason}` : ''}
    </p>
  );
}

/**
 * The minutes as a document for the screen, print and PDF: attendees, each agenda item's note and
 * decision, and the general text. Before publication it says it is a draft.
 */
export function MinutesDocumentPage({ ctx, view, notice }: { ctx: PageContext; view: MinutesView; notice?: string }) {
  const { t } = ctx;
  const { meeting, pool } = view;
  const title = minutesTitle(ctx, view);
  const ids = { meetingId: meeting.id };
  return (
    <Layout ctx={ctx} title={title}>
      <div class="no-print">
        <Crumbs
          ctx={ctx}
          items={[
            { label: t({ da: 'Møder', en: 'Meetings' }), href: paths.pools.meetings({ poolId: pool.id }) },
            { label: formatDate(meeting.startsAt, ctx.locale), href: paths.meetings.show(ids) },
            { label: t({ da: 'Referat', en: 'Minutes' }) },
          ]}
        />
      </div>
      <article class="agenda-document minutes-document">
        <p class="minutes-letterhead">{view.organisationName}</p>
        <h1>{title}</h1>
        <SavedNotice ctx={ctx} notice={notice} />
        <p>
          {pool.name} · {formatDateTime(meeting.startsAt, ctx.locale)}
          {meeting.location ? ` · ${meeting.location}` : ''} · <MeetingStatus ctx={ctx} status={view.displayState} />
        </p>
        {view.published ? null : (
          <p>
            <strong>{t({ da: 'Udkast: referatet er ikke offentliggjort endnu.', en: 'Draft: the minutes are not published yet.' })}</strong>
          </p>
        )}
        <p class="no-print">
          <a href={paths.meetings.show(ids)}>{t({ da: 'Tilbage til mødet', en: 'Back to the meeting' })}</a>
          {' · '}
          <a href={paths.meetings.minutesPdf(ids)}>{t({ da: 'Referat som PDF', en: 'Minutes as PDF' })}</a>
          {view.editable ? (
            <>
              {' · '}
              <a href={paths.meetings.editMinutes(ids)}>{t({ da: 'Redigér referatet', en: 'Edit the minutes' })}</a>
            </>
          ) : null}
        </p>

        <h2>{t({ da: 'Deltagere', en: 'Attendees' })}</h2>
        {view.attendees.length === 0 ? (
          <p>{t({ da: 'Ingen deltagere er registreret.', en: 'No attendees are recorded.' })}</p>
        ) : (
          <ul>
            {view.attendees.map((a) => (
              <li>{a.name}</li>
            ))}
          </ul>
        )}

        {view.items.map((i) => (
          <section class="agenda-item" aria-labelledby={`m-${i.position}`}>
            <h2 id={`m-${i.position}`}>
              {t({ da: `Punkt ${i.position}`, en: `Item ${i.position}` })}: {i.application.caseNumber} {i.application.title}
            </h2>
            <Paragraphs text={i.note} />
            <DecisionLine ctx={ctx} item={i} />
          </section>
        ))}

        {view.generalText ? (
          <section class="agenda-item" aria-labelledby="m-general">
            <h2 id="m-general">{t({ da: 'Generelt', en: 'General' })}</h2>
            <Paragraphs text={view.generalText} />
          </section>
        ) : null}
      </article>
    </Layout>
  );
}

/** The secretariat's form for the minutes: attendees (members ticked, others one per line), a note per item, a general text. */
export function MinutesFormPage({
  ctx,
  view,
  values,
  errors = {},
}: {
  ctx: PageContext;
  view: MinutesView;
  values?: FormValues;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const { meeting, pool } = view;
  const ids = { meetingId: meeting.id };
  const title = t({
    da: `Skriv referatet: ${view.body.name} ${formatDate(meeting.startsAt, 'da')}`,
    en: `Write the minutes: ${view.body.name} ${formatDate(meeting.startsAt, 'en')}`,
  });
  const saved = new Set(view.attendees.map((a) => a.userId).filter((id): id is string => id !== null));
  const typed = values?.memberUserIds;
  const chosen = values ? new Set(Array.isArray(typed) ? typed.map(String) : typeof typed === 'string' ? [typed] : []) : saved;
  const field = (name: string, stored: string) => (values ? valueAt(values, name) : stored);
  const others = view.attendees
    .filter((a) => a.userId === null)
    .map((a) => a.name)
    .join('\n');
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        ctx={ctx}
        items={[
          { label: t({ da: 'Møder', en: 'Meetings' }), href: paths.pools.meetings({ poolId: pool.id }) },
          { label: formatDate(meeting.startsAt, ctx.locale), href: paths.meetings.show(ids) },
          { label: t({ da: 'Skriv referatet', en: 'Write the minutes' }) },
        ]}
      />
      <h1>{title}</h1>
      {!view.editable ? (
        <Alert variant="info" heading={t({ da: 'Referatet kan ikke redigeres', en: 'The minutes cannot be edited' })}>
          {view.notEditable ? t(view.notEditable) : t({ da: 'Kun sekretariatet skriver referatet.', en: 'Only the secretariat writes the minutes.' })}
        </Alert>
      ) : (
        <PostForm
          ctx={ctx}
          action={paths.meetings.editMinutes(ids)}
          errors={errors}
          submit={t({ da: 'Gem referatet', en: 'Save the minutes' })}
          cancelHref={paths.meetings.minutes(ids)}
        >
          <h2>{t({ da: 'Deltagere', en: 'Attendees' })}</h2>
          {view.members.length > 0 ? (
            <Checkboxes
              name="memberUserIds"
              legend={t({ da: `Medlemmer af ${view.body.name}, der deltog`, en: `Members of ${view.body.name} who attended` })}
              error={errors.memberUserIds}
              items={view.members.map((m) => ({ value: m.userId, label: m.name, checked: chosen.has(m.userId) }))}
            />
          ) : null}
          <TextArea
            name="otherAttendees"
            label={t({ da: 'Andre deltagere', en: 'Other attendees' })}
            hint={t({ da: 'Ét navn pr. linje, fx "Anne Jensen, sekretariatet".', en: 'One name per line, e.g. "Anne Jensen, secretariat".' })}
            rows={4}
            value={field('otherAttendees', others)}
            error={errors.otherAttendees}
          />
          {view.items.map((i) => (
            <section aria-labelledby={`note-h-${i.position}`}>
              <h2 id={`note-h-${i.position}`}>
                {t({ da: `Punkt ${i.position}`, en: `Item ${i.position}` })}: {i.application.caseNumber} {i.application.title}
              </h2>
              <DecisionLine ctx={ctx} item={i} />
              <TextArea
                name={`itemNotes[${i.application.id}]`}
                label={t({ da: `Referat af punkt ${i.position}`, en: `Minutes of item ${i.position}` })}
                rows={5}
                value={field(`itemNotes[${i.application.id}]`, i.note)}
                error={errors[`itemNotes[${i.application.id}]`]}
              />
            </section>
          ))}
          <h2>{t({ da: 'Generelt', en: 'General' })}</h2>
          <TextArea
            name="generalText"
            label={t({ da: 'Generel tekst', en: 'General text' })}
            hint={t({ da: 'Fx meddelelser og eventuelt.', en: 'E.g. announcements and any other business.' })}
            rows={6}
            value={field('generalText', view.generalText)}
            error={errors.generalText}
          />
        </PostForm>
      )}
    </Layout>
  );
}
