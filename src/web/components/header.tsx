/**
 * DKFDS header (header.njk: portal_info, solution_info, navigation_menu,
 * mobile_portal_info, mobile_navigation_menu) for the logged-in staff portal.
 *
 * No JavaScript needed: DKFDS' mobile drawer (button-menu-open/js-menu-open)
 * requires JS, so below the lg breakpoint the user info, logout and main
 * navigation are instead rendered inside a native <details> ("Menu"), shown
 * only on small screens (d-lg-none). On lg+ the regular portal-info and
 * navigation-menu are visible. Logout is a POST form with a CSRF token.
 */
import { Icon } from './util.js';
import { paths } from '../../paths.js';

export interface HeaderNavItem {
  label: string;
  href: string;
  /** Current page (aria-current="page"). */
  current?: boolean;
  /** Section contains the current page (aria-current="true"). */
  active?: boolean;
}

export interface HeaderUser {
  name: string;
  organisation?: string;
}

export interface HeaderProps {
  /** Default "Velfærdsteknologipuljer". */
  portalName?: string;
  /** Default "/". */
  homeHref?: string;
  /** aria-label of the logo link; default `${portalName} – forside`. Set `showLogo` false to omit the logo. */
  logoLabel?: string;
  showLogo?: boolean;
  user?: HeaderUser;
  csrfToken: string;
  /** Default "_csrf". */
  csrfFieldName?: string;
  /** Default "/logout". */
  logoutAction?: string;
  /** Default "Log af". */
  logoutLabel?: string;
  navItems: HeaderNavItem[];
  /** aria-label of the main nav. Default "Hovedmenu". */
  navLabel?: string;
  /** Summary text of the small-screen menu. Default "Menu". */
  menuLabel?: string;
  /** Visually hidden heading for the user section in the small-screen menu. Default "Bruger". */
  userHeading?: string;
  /** The link to the person's notifications with the unread count, shown at every width. */
  notifications?: { href: string; label: string; count: number | null; countLabel: string };
  /** Optional authority info shown at the right of the solution header (lg+). */
  authority?: { name: string; text?: string };
}

function LogoutForm(props: { action: string; csrfFieldName: string; csrfToken: string; label: string }) {
  return (
    <form method="post" action={props.action} class="d-print-none">
      <input type="hidden" name={props.csrfFieldName} value={props.csrfToken} />
      <button type="submit" class="function-link d-print-none log-off">
        <Icon name="lock" />
        {props.label}
      </button>
    </form>
  );
}

function navItemClass(item: HeaderNavItem): string | undefined {
  if (item.current) return 'active current';
  if (item.active) return 'active';
  return undefined;
}

function navItemCurrent(item: HeaderNavItem): 'page' | 'true' | undefined {
  if (item.current) return 'page';
  if (item.active) return 'true';
  return undefined;
}

/** The main menu's entries, the same on large screens and in the mobile menu. */
function MainMenu({ items }: { items: HeaderNavItem[] }) {
  return (
    <ul class="mainmenu">
      {items.map((item) => (
        <li class={navItemClass(item)}>
          <a href={item.href} class="nav-link" aria-current={navItemCurrent(item)}>
            <span>{item.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** DKFDS portal header + solution header + main navigation. */
export function Header(props: HeaderProps) {
  const portalName = props.portalName ?? 'Velfærdsteknologipuljer';
  const homeHref = props.homeHref ?? paths.home();
  const logoLabel = props.logoLabel ?? `${portalName} – forside`;
  const logout = {
    action: props.logoutAction ?? paths.accounts.logout(),
    csrfFieldName: props.csrfFieldName ?? '_csrf',
    csrfToken: props.csrfToken,
    label: props.logoutLabel ?? 'Log af',
  };
  const navLabel = props.navLabel ?? 'Hovedmenu';
  const userText = props.user ? (props.user.organisation ? `${props.user.name}, ${props.user.organisation}` : props.user.name) : undefined;
  const hasMobileMenu = props.user !== undefined || props.navItems.length > 0;

  return (
    <header class="header">
      <div class="portal-info">
        <div class="portal-info-inner container">
          {props.showLogo === false ? null : (
            <a href={homeHref} aria-label={logoLabel} class="logo">
              <span>{logoLabel}</span>
            </a>
          )}
          {props.user ? (
            <div class="portal-user">
              <p class="user">{userText}</p>
              <LogoutForm {...logout} />
            </div>
          ) : null}
        </div>
      </div>
      <div class="solution-info">
        <div class="solution-info-inner container">
          <div class="solution-heading">
            <a href={homeHref}>{portalName}</a>
          </div>
          {props.notifications ? (
            <p class="header-notifications">
              <a href={props.notifications.href} class="header-notifications-link">
                {props.notifications.label}
                {props.notifications.count === null ? null : (
                  <>
                    {' '}
                    <span
                      class={props.notifications.count > 0 ? 'badge badge-small badge-info' : 'badge badge-small'}
                      data-unread-count={String(props.notifications.count)}
                    >
                      {String(props.notifications.count)}
                    </span>
                    <span class="sr-only">{` ${props.notifications.countLabel}`}</span>
                  </>
                )}
              </a>
            </p>
          ) : null}
          {props.authority ? (
            <div class="additional-info">
              <p>
                <strong class="authority-name">{props.authority.name}</strong>
              </p>
              {props.authority.text ? <p>{props.authority.text}</p> : null}
            </div>
          ) : null}
        </div>
      </div>
      {props.navItems.length > 0 ? (
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label={navLabel}>
              <MainMenu items={props.navItems} />
            </nav>
          </div>
        </div>
      ) : null}
      {hasMobileMenu ? (
        <div class="container d-lg-none d-print-none">
          <details class="details">
            <summary class="details-summary">{props.menuLabel ?? 'Menu'}</summary>
            <div class="details-text">
              {props.user ? (
                <div class="portal-info-mobile">
                  <h2 class="sr-only">{props.userHeading ?? 'Bruger'}</h2>
                  <p class="user">
                    {props.user.organisation ? (
                      <>
                        <span class="mb-3">{props.user.name}</span>
                        <span>{props.user.organisation}</span>
                      </>
                    ) : (
                      props.user.name
                    )}
                  </p>
                  <LogoutForm {...logout} />
                </div>
              ) : null}
              {props.navItems.length > 0 ? (
                <nav class="navigation-menu-mobile" aria-label={navLabel}>
                  <MainMenu items={props.navItems} />
                </nav>
              ) : null}
            </div>
          </details>
        </div>
      ) : null}
    </header>
  );
}
