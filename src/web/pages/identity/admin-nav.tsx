import { paths } from '../../../paths.js';
import type { PageContext } from '../../page-context.js';

/** The organisation's administration pages, linked from each of them (users, login providers, API tokens, security). */
export function AdminLinks({ ctx, organisationId }: { ctx: PageContext; organisationId: string }) {
  const { t } = ctx;
  const links = [
    { href: paths.admin.organisationUsers({ organisationId }), label: t({ da: 'Brugere', en: 'Users' }) },
    { href: paths.identityAdmin.providers({ organisationId }), label: t({ da: 'Login-udbydere', en: 'Login providers' }) },
    { href: paths.admin.apiTokens({ organisationId }), label: t({ da: 'API-nøgler', en: 'API tokens' }) },
    { href: paths.admin.security({ organisationId }), label: t({ da: 'Sikkerhed', en: 'Security' }) },
  ];
  return (
    <nav aria-label={t({ da: 'Administration', en: 'Administration' })}>
      <ul class="nobullet-list">
        {links.map((l) => (
          <li>{ctx.path === l.href ? <strong aria-current="page">{l.label}</strong> : <a href={l.href}>{l.label}</a>}</li>
        ))}
      </ul>
    </nav>
  );
}
