import type { Child } from 'hono/jsx';
import { Footer, Header, SkipLink } from '../components/index.js';
import { navigationFor } from '../navigation.js';
import type { PageContext } from '../page-context.js';
import { paths } from '../../paths.js';
import { assetUrl } from '../static.js';

export interface LayoutProps {
  ctx: PageContext;
  /** The page's own title; the portal name is appended. */
  title: string;
  children?: Child;
}

/** Every page's frame: DKFDS header, language switcher, main content and footer. */
export function Layout({ ctx, title, children }: LayoutProps) {
  const { t, actor } = ctx;
  return (
    <>
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – ${t({ da: 'Velfærdsteknologipuljer', en: 'Welfare technology pools' })}`}</title>
          <link rel="icon" href={paths.static.app('favicon.svg')} type="image/svg+xml" />
          <link rel="stylesheet" href={paths.static.dkfds('css/dkfds.min.css')} />
          <link rel="stylesheet" href={assetUrl('app.css')} />
          <script src={paths.static.dkfds('js/dkfds.min.js')} defer></script>
          <script src={assetUrl('init.js')} defer></script>
        </head>
        <body>
          <SkipLink href="#main-content" text={t({ da: 'Gå til sideindhold', en: 'Skip to content' })} />
          <Header
            showLogo={false}
            portalName={t({ da: 'Velfærdsteknologipuljer', en: 'Welfare technology pools' })}
            homeHref={paths.home()}
            user={actor ? { name: actor.name, organisation: [...new Set(actor.memberships.map((m) => m.organisationName))].join(', ') } : undefined}
            csrfToken={ctx.csrfToken}
            logoutAction={paths.accounts.logout()}
            logoutLabel={t({ da: 'Log ud', en: 'Log out' })}
            navItems={actor ? navigationFor(actor, ctx.path, t) : []}
            navLabel={t({ da: 'Hovedmenu', en: 'Main menu' })}
            notifications={
              actor
                ? {
                    href: paths.notifications.list(),
                    label: t({ da: 'Notifikationer', en: 'Notifications' }),
                    count: ctx.unreadNotifications,
                    countLabel: t({ da: 'ulæste', en: 'unread' }),
                  }
                : undefined
            }
          />
          <main id="main-content" class="container page-container">
            {children}
          </main>
          <Footer
            links={[
              ...(actor ? [{ href: paths.accounts.account(), label: t({ da: 'Min konto og API-nøgler', en: 'My account and API tokens' }) }] : []),
              { href: paths.accessibility(), label: t({ da: 'Tilgængelighedserklæring', en: 'Accessibility statement' }) },
              { href: paths.privacy(), label: t({ da: 'Behandling af personoplysninger', en: 'Processing of personal data' }) },
              { href: paths.api.openApi(), label: t({ da: 'API-dokumentation (OpenAPI)', en: 'API documentation (OpenAPI)' }) },
            ]}
            // DKFDS places this language switcher below the footer (footer.njk); its negative top margin
            // assumes the footer above it, so above the main content it covered the header.
            languageSwitcher={{
              ariaLabel: t({ da: 'Vælg sprog', en: 'Choose language' }),
              languages: [
                { code: 'da', name: 'Dansk', href: paths.accounts.language({ lang: 'da' }, { tilbage: ctx.path }), current: ctx.locale === 'da' },
                { code: 'en', name: 'English', href: paths.accounts.language({ lang: 'en' }, { tilbage: ctx.path }), current: ctx.locale === 'en' },
              ],
            }}
          />
        </body>
      </html>
    </>
  );
}
