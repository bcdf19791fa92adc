/** DKFDS footer (footer.njk). */
import type { Child } from 'hono/jsx';
import { LanguageSwitcher, type LanguageSwitcherProps } from './navigation.js';
import { cx } from './util.js';

export interface FooterLink {
  label: string;
  href: string;
  /** Language of the link text, if different from the page. */
  lang?: string;
  hideOnPrint?: boolean;
}

export interface FooterColumn {
  heading?: string;
  /** Free content (e.g. address lines). */
  content?: Child;
  links?: FooterLink[];
  /** Bootstrap-style md column size; default 12 / number of columns. */
  size?: number;
  alignRight?: boolean;
}

export interface FooterProps {
  /** Inline link list at the bottom, e.g. the accessibility statement ("Tilgængelighedserklæring"). */
  links: FooterLink[];
  columns?: FooterColumn[];
  /** Renders the DKFDS language switcher below the footer. */
  languageSwitcher?: LanguageSwitcherProps;
}

function LinkItem({ link }: { link: FooterLink }) {
  return (
    <li class={link.hideOnPrint ? 'd-print-none' : undefined}>
      <a href={link.href} lang={link.lang}>
        {link.label}
      </a>
    </li>
  );
}

/** footer.njk */
export function Footer({ links, columns, languageSwitcher }: FooterProps) {
  const defaultSize = columns && columns.length > 0 ? Math.max(1, Math.floor(12 / columns.length)) : 12;
  return (
    <footer>
      <div class="footer">
        <div class="container">
          {columns && columns.length > 0 ? (
            <div class="row">
              {columns.map((col) => (
                <div class={`col-12 col-sm-12 col-md-${col.size ?? defaultSize} footer-col`}>
                  <section>
                    <div class={col.alignRight ? 'align-text-right' : 'align-text-left'}>
                      {col.heading ? <h2 class="h4">{col.heading}</h2> : null}
                      {col.content}
                      {col.links && col.links.length > 0 ? (
                        <ul class="unstyled-list">
                          {col.links.map((l) => (
                            <LinkItem link={l} />
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  </section>
                </div>
              ))}
            </div>
          ) : null}
          {links.length > 0 ? (
            <ul class={cx(columns && columns.length > 0 && 'mt-4', 'align-text-left unstyled-list inline-list')}>
              {links.map((l) => (
                <LinkItem link={l} />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {languageSwitcher ? <LanguageSwitcher {...languageSwitcher} /> : null}
    </footer>
  );
}
