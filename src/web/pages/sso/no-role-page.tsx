import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

export interface NoRolePageProps {
  ctx: PageContext;
  organisationName: string;
  /** The organisation's admins, who map the provider's groups to roles here. */
  contacts: { name: string; email: string }[];
}

/** A login the organisation's provider vouched for, but none of the person's groups gives a role here: no session, and whom to ask. */
export function NoRolePage({ ctx, organisationName, contacts }: NoRolePageProps) {
  const { t } = ctx;
  const title = t({ da: 'Du har ingen rolle i systemet endnu', en: 'You have no role in the system yet' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        {t({
          da: `Du er kendt af ${organisationName}s identitetsudbyder, men du har ingen rolle i puljesystemet. Derfor er du ikke logget ind.`,
          en: `You are known by ${organisationName}'s identity provider, but you have no role in the pool system. So you are not logged in.`,
        })}
      </p>
      <p>
        {t({
          da: `Kontakt en administrator i ${organisationName}, og bed om at få en rolle (fx sekretariat eller bedømmer) via din brugergruppe.`,
          en: `Contact an administrator in ${organisationName} and ask for a role (e.g. secretariat or reviewer) through your user group.`,
        })}
      </p>
      {contacts.length > 0 ? (
        <ul>
          {contacts.map((c) => (
            <li>
              {c.name}: <a href={`mailto:${c.email}`}>{c.email}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={paths.accounts.login()}>{t({ da: 'Tilbage til log ind', en: 'Back to log in' })}</a>
      </p>
    </Layout>
  );
}
