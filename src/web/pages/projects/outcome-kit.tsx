import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { stateInfo, type ApplicationState } from '../../../domain/application-workflow.js';
import { formatDate } from '../../../domain/dates.js';
import { oereToKronerInput } from '../../../domain/money.js';
import type { Message } from '../../../errors.js';
import { Alert, Badge } from '../../components/index.js';
import type { AppEnv } from '../../env.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';

/** Shared bits of the project outcome pages (evaluation, decision, handover, closing, changes). */
export type C = Context<AppEnv>;
export const db = (c: C) => c.get('deps').db;

export interface ProjectHead {
  id: string;
  title: string;
  caseNumber: string;
  state: string;
}

/** The project's title, case number and phase, with a link back to the project page. */
export function ProjectHeading({ ctx, project, title }: { ctx: PageContext; project: ProjectHead; title: string }) {
  const info = stateInfo(project.state as ApplicationState);
  return (
    <>
      <p class="d-print-none">
        <a href={paths.projects.show({ applicationId: project.id })} class="back-link">
          {ctx.t({ da: 'Tilbage til projektet', en: 'Back to the project' })}
        </a>
      </p>
      <h1>{title}</h1>
      <p class="font-lead">
        {project.title} · {ctx.t({ da: 'Sagsnr.', en: 'Case no.' })} {project.caseNumber} · <Badge text={ctx.t(info.staff)} variant={info.badge} />
      </p>
    </>
  );
}

/** A confirmation after post–redirect–get (`?besked=…`). */
export function Notice({ ctx, messages, code }: { ctx: PageContext; messages: Record<string, Message>; code: string | undefined }) {
  const m = code ? messages[code] : undefined;
  return m ? (
    <Alert variant="success" headingLevel="h2">
      {ctx.t(m)}
    </Alert>
  ) : null;
}

/** A posted text value. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A stored value back in a form field: øre as kroner, numbers as text. */
export const kronerValue = (oere: number | null | undefined): string => (oere === null || oere === undefined ? '' : oereToKronerInput(oere));

/** A decimal typed the Danish way ("3,5", "1.000") → number; undefined when empty or not a number. */
export function decimalOf(v: unknown): number | undefined {
  const s = str(v).trim().replace(/\s/g, '');
  if (s === '') return undefined;
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

export const dateText = (iso: string | null | undefined, ctx: PageContext): string => (iso ? formatDate(iso, ctx.locale) : '–');

export function Section({ title, children, id }: { title: string; children?: Child; id?: string }) {
  return (
    <section class="mt-7" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}
