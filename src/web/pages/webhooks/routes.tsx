import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { assertMayManageWebhooks } from '../../../policies/webhooks.js';
import { listWebhookDeliveries } from '../../../usecases/webhooks/list-webhook-deliveries.js';
import { listWebhooks } from '../../../usecases/webhooks/list-webhooks.js';
import { replayWebhookDelivery } from '../../../usecases/webhooks/replay-webhook-delivery.js';
import { saveWebhook } from '../../../usecases/webhooks/save-webhook.js';
import type { AppEnv } from '../../env.js';
import { formFailure, formPost, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { DeliveriesPage, EndpointFormPage, WebhooksPage } from './webhook-pages.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const orgOf = (c: C) => c.req.param('organisationId') ?? '';

async function endpointOf(c: C) {
  const endpoint = (await listWebhooks(db(c), requireActor(c), { organisationId: orgOf(c) })).find((e) => e.id === c.req.param('endpointId'));
  if (!endpoint) throw new AppError('NOT_FOUND');
  return endpoint;
}

/** An organisation's webhook endpoints and delivery log (its admin). */
export function webhookPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.webhooks.list.pattern, async (c) => {
    const endpoints = await listWebhooks(db(c), requireActor(c), { organisationId: orgOf(c) });
    return render(c, WebhooksPage({ ctx: pageContext(c), organisationId: orgOf(c), endpoints }));
  });

  app.get(paths.webhooks.create.pattern, (c) => {
    assertMayManageWebhooks(requireActor(c), orgOf(c));
    return render(c, EndpointFormPage({ ctx: pageContext(c), organisationId: orgOf(c) }));
  });
  // Not formPost: the new secret is shown on the answer itself (never in a redirect's URL), this once.
  app.post(paths.webhooks.create.pattern, async (c) => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    try {
      const saved = await saveWebhook(db(c), actor, { ...values, organisationId: orgOf(c) });
      const endpoints = await listWebhooks(db(c), actor, { organisationId: orgOf(c) });
      return render(
        c,
        WebhooksPage({ ctx: pageContext(c), organisationId: orgOf(c), endpoints, created: { name: saved.endpoint.name, secret: saved.secret ?? '' } }),
      );
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'name' });
      return renderAgain(c, EndpointFormPage({ ctx: pageContext(c), organisationId: orgOf(c), values, errors: failure.errors }), failure);
    }
  });

  app.get(paths.webhooks.deliveries.pattern, async (c) => {
    const deliveries = await listWebhookDeliveries(db(c), requireActor(c), { organisationId: orgOf(c) });
    const notice = c.req.query('besked') === 'gensendt' ? pageContext(c).t({ da: 'Leveringen sendes igen', en: 'The delivery is sent again' }) : undefined;
    return render(c, DeliveriesPage({ ctx: pageContext(c), organisationId: orgOf(c), deliveries, notice }));
  });
  app.post(
    paths.webhooks.replay.pattern,
    formPost({
      failure: { primaryField: 'deliveryId' },
      run: async (actor, _f, c) => {
        await replayWebhookDelivery(db(c), actor, { organisationId: orgOf(c), deliveryId: c.req.param('deliveryId') });
        return paths.webhooks.deliveries({ organisationId: orgOf(c) }, { besked: 'gensendt' });
      },
      again: async (actor, _form, c) =>
        DeliveriesPage({ ctx: pageContext(c), organisationId: orgOf(c), deliveries: await listWebhookDeliveries(db(c), actor, { organisationId: orgOf(c) }) }),
    }),
  );

  app.get(paths.webhooks.edit.pattern, async (c) =>
    render(c, EndpointFormPage({ ctx: pageContext(c), organisationId: orgOf(c), endpoint: await endpointOf(c) })),
  );
  app.post(paths.webhooks.edit.pattern, async (c) => {
    const actor = requireActor(c);
    const endpoint = await endpointOf(c);
    const { values } = await readForm(c);
    try {
      const saved = await saveWebhook(db(c), actor, { ...values, organisationId: orgOf(c), endpointId: endpoint.id });
      if (saved.secret) return render(c, EndpointFormPage({ ctx: pageContext(c), organisationId: orgOf(c), endpoint: saved.endpoint, secret: saved.secret }));
      return c.redirect(paths.webhooks.list({ organisationId: orgOf(c) }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'name' });
      return renderAgain(c, EndpointFormPage({ ctx: pageContext(c), organisationId: orgOf(c), endpoint, values, errors: failure.errors }), failure);
    }
  });

  return app;
}
