import type { Context } from 'hono';
import type { AppEnv } from '../../env.js';
import type { PageContext } from '../../page-context.js';

/** The assessment pages' notices after a redirect, named by `?besked=…`. */
export const notices = {
  kvalificeret: { da: 'Ansøgningen er kvalificeret.', en: 'The application is qualified.' },
  afvist: { da: 'Ansøgningen er afvist, og ansøgeren har fået besked.', en: 'The application is rejected and the applicant has been told.' },
  spoergsmaal: { da: 'Spørgsmålet er sendt til ansøgeren.', en: 'The question has been sent to the applicant.' },
  bedoemmere: { da: 'Bedømmerne er tildelt og har fået besked.', en: 'The reviewers are assigned and have been told.' },
  indstilling: { da: 'Indstillingen er gemt.', en: 'The recommendation is saved.' },
  afgoerelse: { da: 'Afgørelsen er registreret, og ansøgeren har fået besked.', en: 'The decision is recorded and the applicant has been told.' },
  dagsorden: { da: 'Dagsordenen er gemt.', en: 'The agenda is saved.' },
  punkt: { da: 'Afgørelsen er registreret i referatet.', en: 'The decision is recorded in the minutes.' },
  referat: { da: 'Referatet er offentliggjort, og ansøgerne har fået besked.', en: 'The minutes are published and the applicants have been told.' },
  referattekst: { da: 'Referatet er gemt.', en: 'The minutes are saved.' },
  laest: { da: 'Alle notifikationer er markeret som læst.', en: 'All notifications are marked as read.' },
  dagsordenUdsendt: {
    da: 'Dagsordenen er udsendt, og beslutningsorganets medlemmer har fået besked.',
    en: 'The agenda is sent out and the decision body’s members have been told.',
  },
  laest1: { da: 'Notifikationen er markeret som læst.', en: 'The notification is marked as read.' },
} as const;

export type NoticeKey = keyof typeof notices;

/** The query that names a notice: `paths.assessment.case({ applicationId }, besked('indstilling'))`. */
export const besked = (key: NoticeKey) => ({ besked: key });

/** The notice named by `?besked=…`, if any. */
export function notice(c: Context<AppEnv>, ctx: PageContext): string | undefined {
  const key = c.req.query('besked') ?? '';
  return Object.hasOwn(notices, key) ? ctx.t(notices[key as NoticeKey]) : undefined;
}
