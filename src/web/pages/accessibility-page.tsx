import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** Tilgængelighedserklæring, required by lov nr. 692/2018 and linked from every page's footer. */
export function AccessibilityPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Tilgængelighedserklæring', en: 'Accessibility statement' })}>
      <h1>{t({ da: 'Tilgængelighedserklæring', en: 'Accessibility statement' })}</h1>
      <p>
        {t({
          da: 'Løsningen er bygget på Det Fælles Designsystem og testes automatisk mod WCAG 2.1 niveau A og AA på hver side. Alle sider virker uden JavaScript.',
          en: 'The solution is built on the Danish common design system and is tested automatically against WCAG 2.1 levels A and AA on every page. Every page works without JavaScript.',
        })}
      </p>
      <h2>{t({ da: 'Kendte begrænsninger', en: 'Known limitations' })}</h2>
      <p>{t({ da: 'Vedhæftede filer fra ansøgere er ikke nødvendigvis tilgængelige.', en: 'Files attached by applicants are not necessarily accessible.' })}</p>
      <h2>{t({ da: 'Kontakt', en: 'Contact' })}</h2>
      <p>
        {t({
          da: 'Oplever du problemer med tilgængeligheden, så kontakt puljens sekretariat i din kommune.',
          en: "If you meet accessibility problems, contact your municipality's pool secretariat.",
        })}
      </p>
    </Layout>
  );
}
