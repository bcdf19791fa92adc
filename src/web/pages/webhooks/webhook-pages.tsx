import { WEBHOOK_EVENTS } from '../../../db/schema/case-records.js';
import { formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { WebhookDeliveryView } from '../../../usecases/webhooks/list-webhook-deliveries.js';
import type { WebhookEndpointView } from '../../../usecases/webhooks/list-webhooks.js';
import { Alert, BackLink, Badge, ButtonLink, Checkbox, Checkboxes, Table, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { DELIVERY_STATUS_LABELS, EVENT_LABELS } from './event-labels.js';

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** The organisation's endpoints, a link to add one and to the delivery log; the new secret once, after creating. */
export function WebhooksPage({
  ctx,
  organisationId,
  endpoints,
  created,
}: {
  ctx: PageContext;
  organisationId: string;
  endpoints: WebhookEndpointView[];
  created?: { name: string; secret: string };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Webhooks til journalisering', en: 'Webhooks for journalisation' })}>
      <h1>{t({ da: 'Webhooks til journalisering', en: 'Webhooks for journalisation' })}</h1>
      {created ? (
        <Alert
          variant="success"
          heading={t({ da: `Modtageren "${created.name}" er oprettet`, en: `The receiver "${created.name}" is created` })}
          contentContainer={false}
        >
          <p>
            {t({
              da: 'Kopiér hemmeligheden nu, og læg den i ESDH-integrationen. Den vises ikke igen.',
              en: 'Copy the secret now and put it in the ESDH integration. It is not shown again.',
            })}
          </p>
          <p>
            <code id="webhook-secret" class="break-anywhere">
              {created.secret}
            </code>
          </p>
        </Alert>
      ) : null}
      <p>
        {t({
          da: 'Ved hændelserne sendes sagsnummer og dokument (JSON, base64) til modtageren, signeret med X-VTP-Signature: t=<tid>,v1=<HMAC-SHA256 af "t.body">. Fejlede leveringer prøves igen efter 1 og 5 minutter, 30 minutter, 2 timer og 12 timer.',
          en: 'On the events the case number and the document (JSON, base64) are sent to the receiver, signed with X-VTP-Signature: t=<time>,v1=<HMAC-SHA256 of "t.body">. Failed deliveries are retried after 1 and 5 minutes, 30 minutes, 2 hours and 12 hours.',
        })}
      </p>
      <p>
        <ButtonLink href={paths.webhooks.create({ organisationId })} variant="primary">
          {t({ da: 'Tilføj en modtager', en: 'Add a receiver' })}
        </ButtonLink>{' '}
        <ButtonLink href={paths.webhooks.deliveries({ organisationId })} variant="secondary">
          {t({ da: 'Se leveringsloggen', en: 'See the delivery log' })}
        </ButtonLink>
      </p>
      {endpoints.length === 0 ? (
        <p>{t({ da: 'Der er ingen modtagere endnu.', en: 'There are no receivers yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Modtagere', en: 'Receivers' })}
          columns={[
            { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
            { label: t({ da: 'Adresse', en: 'URL' }) },
            { label: t({ da: 'Hændelser', en: 'Events' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
          ]}
          rows={endpoints.map((e) => [
            <a href={paths.webhooks.edit({ organisationId, endpointId: e.id })}>{e.name}</a>,
            <span class="break-anywhere">{e.url}</span>,
            e.events.map((ev) => t(EVENT_LABELS[ev])).join(', '),
            e.active ? (
              <Badge text={t({ da: 'Aktiv', en: 'Active' })} variant="success" />
            ) : (
              <Badge text={t({ da: 'Slået fra', en: 'Off' })} variant="warning" />
            ),
          ])}
        />
      )}
    </Layout>
  );
}

export interface EndpointFormProps {
  ctx: PageContext;
  organisationId: string;
  endpoint?: WebhookEndpointView;
  values?: FormValues;
  errors?: Record<string, string>;
  /** A rotated secret, shown once after saving. */
  secret?: string;
}

/** Add or change a receiver: name, https address, events, on/off (and a new secret for an existing one). */
export function EndpointFormPage({ ctx, organisationId, endpoint, values, errors = {}, secret }: EndpointFormProps) {
  const { t } = ctx;
  const text = (k: 'name' | 'url') => (values ? (typeof values[k] === 'string' ? values[k] : '') : (endpoint?.[k] ?? ''));
  const events = values ? listOf(values.events) : (endpoint?.events ?? []);
  const active = values ? values.active === 'on' : (endpoint?.active ?? true);
  const title = endpoint ? endpoint.name : t({ da: 'Tilføj en modtager', en: 'Add a receiver' });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.webhooks.list({ organisationId })} text={t({ da: 'Alle modtagere', en: 'All receivers' })} />
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{title}</h1>
          {secret ? (
            <Alert variant="success" heading={t({ da: 'Ny hemmelighed', en: 'New secret' })} contentContainer={false}>
              <p>
                {t({
                  da: 'Kopiér den nu. Den vises ikke igen, og den gamle virker ikke længere.',
                  en: 'Copy it now. It is not shown again, and the old one no longer works.',
                })}
              </p>
              <p>
                <code id="webhook-secret" class="break-anywhere">
                  {secret}
                </code>
              </p>
            </Alert>
          ) : null}
          <PostForm
            ctx={ctx}
            action={endpoint ? paths.webhooks.edit({ organisationId, endpointId: endpoint.id }) : paths.webhooks.create({ organisationId })}
            errors={errors}
            submit={t({ da: 'Gem', en: 'Save' })}
            cancelHref={paths.webhooks.list({ organisationId })}
          >
            <TextInput
              name="name"
              label={t({ da: 'Navn', en: 'Name' })}
              hint={t({ da: 'Fx SBSYS eller Acadre', en: 'E.g. SBSYS or Acadre' })}
              value={text('name')}
              error={errors.name}
              required
            />
            <TextInput
              name="url"
              type="url"
              label={t({ da: 'Adresse', en: 'URL' })}
              hint={t({ da: 'Skal begynde med https://', en: 'Must start with https://' })}
              value={text('url')}
              error={errors.url}
              required
            />
            <Checkboxes
              name="events"
              id="events"
              legend={t({ da: 'Hændelser', en: 'Events' })}
              error={errors.events}
              items={WEBHOOK_EVENTS.map((ev) => ({ value: ev, label: t(EVENT_LABELS[ev]), checked: events.includes(ev) }))}
            />
            <Checkbox name="active" label={t({ da: 'Aktiv (leveringer sendes)', en: 'Active (deliveries are sent)' })} checked={active} />
            {endpoint ? <Checkbox name="rotateSecret" label={t({ da: 'Lav en ny hemmelighed', en: 'Generate a new secret' })} checked={false} /> : null}
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}

/** The delivery log: event, case, status, attempts, last status code, duration and error; replay one. */
export function DeliveriesPage({
  ctx,
  organisationId,
  deliveries,
  notice,
}: {
  ctx: PageContext;
  organisationId: string;
  deliveries: WebhookDeliveryView[];
  notice?: string;
}) {
  const { t, locale } = ctx;
  const variant = { pending: 'info', sending: 'info', delivered: 'success', failed: 'error' } as const;
  return (
    <Layout ctx={ctx} title={t({ da: 'Leveringslog', en: 'Delivery log' })}>
      <BackLink href={paths.webhooks.list({ organisationId })} text={t({ da: 'Alle modtagere', en: 'All receivers' })} />
      <h1>{t({ da: 'Leveringslog', en: 'Delivery log' })}</h1>
      {notice ? (
        <Alert variant="success" heading={notice} contentContainer={false}>
          <p>{t({ da: 'Den sendes inden for et minut.', en: 'It is sent within a minute.' })}</p>
        </Alert>
      ) : null}
      {deliveries.length === 0 ? (
        <p>{t({ da: 'Der er ingen leveringer endnu.', en: 'There are no deliveries yet.' })}</p>
      ) : (
        <div class="table--responsive-scroll">
          <Table
            caption={t({ da: 'De seneste 200 leveringer', en: 'The latest 200 deliveries' })}
            columns={[
              { label: t({ da: 'Oprettet', en: 'Created' }), rowHeader: true },
              { label: t({ da: 'Modtager', en: 'Receiver' }) },
              { label: t({ da: 'Hændelse', en: 'Event' }) },
              { label: t({ da: 'Sag', en: 'Case' }) },
              { label: t({ da: 'Status', en: 'Status' }) },
              { label: t({ da: 'Forsøg', en: 'Attempts' }) },
              { label: t({ da: 'Svar', en: 'Response' }) },
              { label: t({ da: 'Varighed', en: 'Duration' }) },
              { label: t({ da: 'Fejl', en: 'Error' }) },
              { label: <span class="sr-only">{t({ da: 'Handling', en: 'Action' })}</span> },
            ]}
            rows={deliveries.map((d) => [
              formatDateTime(d.createdAt, locale),
              d.endpointName,
              t(EVENT_LABELS[d.event]),
              d.caseNumber ?? '–',
              <Badge text={t(DELIVERY_STATUS_LABELS[d.status])} variant={variant[d.status]} />,
              String(d.attempts),
              d.lastStatusCode === null ? '–' : String(d.lastStatusCode),
              d.lastDurationMs === null ? '–' : `${d.lastDurationMs} ms`,
              d.lastError ?? '',
              d.status === 'delivered' || d.status === 'failed' ? (
                <ButtonForm
                  ctx={ctx}
                  action={paths.webhooks.replay({ organisationId, deliveryId: d.id })}
                  label={t({ da: 'Send igen', en: 'Send again' })}
                  srOnly={`${t(EVENT_LABELS[d.event])} ${d.caseNumber ?? ''}`}
                />
              ) : (
                ''
              ),
            ])}
          />
        </div>
      )}
    </Layout>
  );
}
