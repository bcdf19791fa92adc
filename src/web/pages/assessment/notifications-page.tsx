import { formatDateTime } from '../../../domain/dates.js';
import type { NotificationRow } from '../../../usecases/notifications/list-notifications.js';
import { Alert, Badge, Button } from '../../components/index.js';
import { ButtonForm, PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

/** The person's notifications, newest first; unread ones marked. */
export function NotificationsPage({ ctx, rows, unread, notice }: { ctx: PageContext; rows: NotificationRow[]; unread: number; notice?: string }) {
  const { t } = ctx;
  const title = t({ da: 'Notifikationer', en: 'Notifications' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <p>{t({ da: `${unread} ulæste`, en: `${unread} unread` })}</p>
      {unread > 0 ? <ButtonForm ctx={ctx} action={paths.notifications.markRead()} label={t({ da: 'Markér alle som læst', en: 'Mark all as read' })} /> : null}
      {rows.length === 0 ? (
        <p>{t({ da: 'Du har ingen notifikationer.', en: 'You have no notifications.' })}</p>
      ) : (
        <ul class="nobullet-list">
          {rows.map((n) => (
            <li class="mb-5">
              <h2 class="h4">
                {n.readAt ? null : (
                  <>
                    <Badge variant="info" text={t({ da: 'Ny', en: 'New' })} />{' '}
                  </>
                )}
                {t(n.title)}
              </h2>
              <p class="text-small">{formatDateTime(n.createdAt, ctx.locale)}</p>
              {t(n.body)
                .split('\n\n')
                .map((para) => (
                  <p>{para}</p>
                ))}
              {n.link && n.link !== paths.notifications.list() ? (
                <p>
                  <a href={n.link}>{t({ da: 'Gå til sagen', en: 'Go to the case' })}</a>
                </p>
              ) : n.applicationId ? (
                <p>
                  <a href={paths.applications.show({ applicationId: n.applicationId })}>{t({ da: 'Se ansøgningen', en: 'See the application' })}</a>
                </p>
              ) : null}
              {n.readAt ? null : (
                <PostForm ctx={ctx} action={paths.notifications.markRead()} class="inline-form" summary={false}>
                  <input type="hidden" name="ids" value={n.id} />
                  <Button variant="secondary" srOnly={t(n.title)}>
                    {t({ da: 'Markér som læst', en: 'Mark as read' })}
                  </Button>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
