/**
 * DKFDS navigation components: breadcrumbs.njk, tabs.njk (navigation_tabs),
 * pagination.njk, sidenav.njk, skip-link.njk, language-switcher.njk.
 */
import { Icon, cx } from './util.js';

// ---------------------------------------------------------------------------
// Breadcrumbs
// ---------------------------------------------------------------------------

export interface BreadcrumbItem {
  label: string;
  /** Omit for the current page (rendered with aria-current="page"). */
  href?: string;
}

export interface BreadcrumbsProps {
  items: BreadcrumbItem[];
  /** Default "Brødkrumme". */
  ariaLabel?: string;
  class?: string;
}

/** breadcrumbs.njk */
export function Breadcrumbs({ items, ariaLabel, class: className }: BreadcrumbsProps) {
  return (
    <nav class={cx('breadcrumbs', className)} aria-label={ariaLabel ?? 'Brødkrumme'}>
      <ol class="breadcrumbs__list">
        {items.map((item, i) =>
          item.href !== undefined ? (
            <li class="breadcrumbs__list-item">
              {i > 0 ? <Icon name="chevron-right" /> : null}
              <a class="breadcrumbs__link" href={item.href}>
                {item.label}
              </a>
            </li>
          ) : (
            <li class="breadcrumbs__list-item" aria-current="page">
              <Icon name="chevron-right" />
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

// ---------------------------------------------------------------------------
// Tabs as navigation links (navigation_tabs macro; works without JS)
// ---------------------------------------------------------------------------

export interface TabItem {
  label: string;
  href: string;
  current?: boolean;
  icon?: string;
}

export interface TabsProps {
  items: TabItem[];
  /** aria-label of the nav element, e.g. "Ansøgningens sektioner". */
  ariaLabel?: string;
}

/**
 * tabs.njk `navigation_tabs`: each tab is a link; the active one has
 * aria-current="page" (DKFDS CSS styles both "page" and "true").
 */
export function Tabs({ items, ariaLabel }: TabsProps) {
  return (
    <nav class="tab-container" aria-label={ariaLabel}>
      <ul class="tab-list">
        {items.map((item) => (
          <li>
            <a href={item.href} class="tab-button" aria-current={item.current ? 'page' : undefined}>
              {item.icon ? <Icon name={item.icon} /> : null}
              <span>{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// ---------------------------------------------------------------------------
// Pagination (links)
// ---------------------------------------------------------------------------

export interface PaginationLabels {
  /** aria-label of the nav. Default "Paginering". */
  nav?: string;
  first?: string;
  previous?: string;
  previousAria?: string;
  next?: string;
  nextAria?: string;
  last?: string;
  /** "Side {n}" */
  page?: (n: number) => string;
  /** "Sidste side, side {n}" */
  lastPage?: (n: number) => string;
  /** "Side {current} af {total}" (mobile) */
  pageOf?: (current: number, total: number) => string;
  /** Visually hidden text for the "..." overflow item. */
  overflow?: string;
}

export interface PaginationProps {
  currentPage: number;
  totalPages: number;
  /** Build the href for a page number (1-based). */
  href: (page: number) => string;
  labels?: PaginationLabels;
  id?: string;
}

type PageEntry = { kind: 'page'; n: number; last?: boolean } | { kind: 'overflow' };

/** Same page-window logic as pagination.njk. */
export function paginationEntries(current: number, total: number): PageEntry[] {
  const range = (a: number, b: number): PageEntry[] => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => ({ kind: 'page' as const, n: a + i }));
  if (total <= 7) return range(1, total);
  if (current < 5) return [...range(1, 5), { kind: 'overflow' }, { kind: 'page', n: total, last: true }];
  if (current + 4 > total) return [{ kind: 'page', n: 1 }, { kind: 'overflow' }, ...range(total - 4, total)];
  return [{ kind: 'page', n: 1 }, { kind: 'overflow' }, ...range(current - 1, current + 1), { kind: 'overflow' }, { kind: 'page', n: total, last: true }];
}

/** pagination.njk with pageElement "a". Renders nothing for a single page. */
export function Pagination({ currentPage, totalPages, href, labels = {}, id }: PaginationProps) {
  if (totalPages <= 1) return null;
  const page = labels.page ?? ((n: number) => `Side ${n}`);
  const lastPage = labels.lastPage ?? ((n: number) => `Sidste side, side ${n}`);
  const pageOf = labels.pageOf ?? ((c: number, t: number) => `Side ${c} af ${t}`);
  const atStart = currentPage <= 1;
  const atEnd = currentPage >= totalPages;
  return (
    <nav class="pagination" aria-label={labels.nav ?? 'Paginering'} id={id}>
      <a href={href(1)} class={cx('button button-arrow button-first', atStart && 'hidden')}>
        <Icon name="first-page" />
        <span class="sr-only">{labels.first ?? 'Første side'}</span>
      </a>
      <a
        href={href(Math.max(1, currentPage - 1))}
        class={cx('button button-arrow button-previous', atStart && 'hidden')}
        aria-label={labels.previousAria ?? 'Forrige side'}
      >
        <Icon name="chevron-left" />
        <span class="pagination-nav-link">{labels.previous ?? 'Forrige'}</span>
      </a>
      <span class="pagination-mobile">{pageOf(currentPage, totalPages)}</span>
      <ul class="pagination__items">
        {paginationEntries(currentPage, totalPages).map((e) =>
          e.kind === 'overflow' ? (
            <li class="pagination-item pagination-overflow">
              <span class="sr-only">{labels.overflow ?? 'Prikker som indikerer skjulte sider'}</span>
              <span>...</span>
            </li>
          ) : e.n === currentPage ? (
            <li class="pagination-item pagination-number">
              <a href={href(e.n)} class="button current-page" aria-label={page(e.n)} aria-current="page">
                {e.n}
              </a>
            </li>
          ) : (
            <li class="pagination-item pagination-number">
              <a href={href(e.n)} class="button button-secondary" aria-label={e.last ? lastPage(e.n) : page(e.n)}>
                {e.n}
              </a>
            </li>
          ),
        )}
      </ul>
      <a
        href={href(Math.min(totalPages, currentPage + 1))}
        class={cx('button button-arrow button-next', atEnd && 'hidden')}
        aria-label={labels.nextAria ?? 'Næste side'}
      >
        <span class="pagination-nav-link">{labels.next ?? 'Næste'}</span>
        <Icon name="chevron-right" />
      </a>
      <a href={href(totalPages)} class={cx('button button-arrow button-last', atEnd && 'hidden')}>
        <Icon name="last-page" />
        <span class="sr-only">{labels.last ?? 'Sidste side'}</span>
      </a>
    </nav>
  );
}

// ---------------------------------------------------------------------------
// Side navigation
// ---------------------------------------------------------------------------

export interface SideNavItem {
  label: string;
  href: string;
  /** Current page (aria-current="page"). */
  current?: boolean;
  /** Extra information line (sidenav-information). */
  information?: string;
  items?: SideNavItem[];
}

export interface SideNavigationProps {
  items: SideNavItem[];
  /** aria-label of the nav. Default "Sidenavigation". */
  ariaLabel?: string;
}

function SideNavList({ items }: { items: SideNavItem[] }) {
  return (
    <>
      {items.map((item) => (
        <li class={item.items || item.current ? cx('active', item.current && 'current') : undefined}>
          <a href={item.href} class="nav-link" aria-current={item.current ? 'page' : undefined}>
            {item.information ? (
              <div>
                <span>{item.label}</span>
                <span class="sidenav-information">{item.information}</span>
              </div>
            ) : (
              <span>{item.label}</span>
            )}
          </a>
          {item.items && item.items.length > 0 ? (
            <ul>
              <SideNavList items={item.items} />
            </ul>
          ) : null}
        </li>
      ))}
    </>
  );
}

/** sidenav.njk wrapped in `<nav><ul class="sidemenu">` (DKFDS side navigation). */
export function SideNavigation({ items, ariaLabel }: SideNavigationProps) {
  return (
    <nav aria-label={ariaLabel ?? 'Sidenavigation'}>
      <ul class="sidemenu">
        <SideNavList items={items} />
      </ul>
    </nav>
  );
}

// ---------------------------------------------------------------------------
// Skip link
// ---------------------------------------------------------------------------

export interface SkipLinkProps {
  /** Default "#main-content". */
  href?: string;
  /** Default "Gå til sideindhold". */
  text?: string;
}

/** skip-link.njk */
export function SkipLink({ href, text }: SkipLinkProps) {
  return (
    <a class="skipnav" href={href ?? '#main-content'}>
      {text ?? 'Gå til sideindhold'}
    </a>
  );
}

// ---------------------------------------------------------------------------
// Language switcher
// ---------------------------------------------------------------------------

export interface LanguageOption {
  /** Language name in its own language, e.g. "Dansk", "English". */
  name: string;
  /** BCP 47 code, e.g. "da", "en". */
  code: string;
  href: string;
  current?: boolean;
}

export interface LanguageSwitcherProps {
  languages: LanguageOption[];
  /** Default "Vælg sprog". */
  ariaLabel?: string;
}

/** language-switcher.njk (`languageSwitcher`), current language marked with aria-current and a check icon. */
export function LanguageSwitcher({ languages, ariaLabel }: LanguageSwitcherProps) {
  return (
    <div class="language-switcher">
      <div class="container">
        <ul aria-label={ariaLabel ?? 'Vælg sprog'}>
          {languages.map((l) => (
            <li>
              <a href={l.href} lang={l.code} hreflang={l.code} aria-current={l.current ? 'true' : undefined}>
                {l.current ? <Icon name="check" /> : null}
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
