import type { Config } from '../../config.js';
import { formatDate } from '../../domain/dates.js';
import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** Where Digitaliseringsstyrelsen, the supervising authority under lov nr. 692/2018, takes complaints. */
export const DIGST_COMPLAINT_URL = 'https://www.digst.dk/digital-inklusion/tilgaengelighed';

/**
 * Tilgængelighedserklæring in Digitaliseringsstyrelsen's format (lov nr. 692 af 08/06/2018 om
 * tilgængelighed af offentlige organers websteder og mobilapplikationer), linked from every page's
 * footer. Who runs the installation and whom to contact come from the config.
 */
export function AccessibilityPage({ ctx, installation, siteUrl }: { ctx: PageContext; installation: Config['installation']; siteUrl: string }) {
  const { t } = ctx;
  const contact = installation.accessibilityEmail;
  return (
    <Layout ctx={ctx} title={t({ da: 'Tilgængelighedserklæring', en: 'Accessibility statement' })}>
      <h1>{t({ da: 'Tilgængelighedserklæring', en: 'Accessibility statement' })}</h1>
      <p>
        {t({
          da: `${installation.organisationName} ønsker at sikre, at alle kan bruge velfærdsteknologipuljernes løsning på ${siteUrl}. Denne tilgængelighedserklæring gælder for løsningen og er udarbejdet efter lov nr. 692 af 8. juni 2018 om tilgængelighed af offentlige organers websteder og mobilapplikationer.`,
          en: `${installation.organisationName} wants everyone to be able to use the welfare technology pools at ${siteUrl}. This accessibility statement covers the solution and follows the Danish act no. 692 of 8 June 2018 on the accessibility of public sector websites and mobile applications.`,
        })}
      </p>

      <h2>{t({ da: 'Overholdelsesstatus', en: 'Compliance status' })}</h2>
      <p>
        {t({
          da: 'Løsningen overholder delvist WCAG 2.1 niveau AA og den europæiske standard EN 301 549 på grund af de manglende overholdelser, der er nævnt nedenfor.',
          en: 'The solution is partially compliant with WCAG 2.1 level AA and the European standard EN 301 549, due to the non-compliances listed below.',
        })}
      </p>

      <h2>{t({ da: 'Indhold der ikke er tilgængeligt', en: 'Non-accessible content' })}</h2>
      <ul>
        <li>
          {t({
            da: 'Filer, som ansøgere og projektejere vedhæfter (fx PDF- og Office-dokumenter), kontrolleres ikke for tilgængelighed og er ikke nødvendigvis tilgængelige.',
            en: 'Files attached by applicants and project owners (e.g. PDF and Office documents) are not checked for accessibility and are not necessarily accessible.',
          })}
        </li>
        <li>
          {t({
            da: 'PDF-filer, som løsningen danner af dagsordener, referater og evalueringer, er ikke mærket (tagged) og kan være svære at læse med skærmlæser. Det samme indhold findes som almindelig side i løsningen.',
            en: 'PDF files the solution generates from agendas, minutes and evaluations are not tagged and can be hard to read with a screen reader. The same content is available as an ordinary page in the solution.',
          })}
        </li>
        <li>
          {t({
            da: 'Tekster, som brugerne selv skriver (ansøgninger, kommentarer, rapporter), kan mangle overskrifter og klart sprog; det kan løsningen ikke sikre.',
            en: 'Texts written by users themselves (applications, comments, reports) may lack headings and plain language; the solution cannot ensure this.',
          })}
        </li>
      </ul>

      <h2>{t({ da: 'Udarbejdelse af denne erklæring', en: 'Preparation of this statement' })}</h2>
      <p>
        {t({
          da: `Erklæringen blev udarbejdet den ${formatDate(installation.accessibilityStatementDate, 'da')}. Den bygger på en selvevaluering: automatiske test med axe mod WCAG 2.1 niveau A og AA af hver side, også ved en skærmbredde på 375 pixel, samt manuel kontrol af tastaturbetjening, fokusrækkefølge og brug uden JavaScript. Løsningen er bygget på Det Fælles Designsystem.`,
          en: `This statement was prepared on ${formatDate(installation.accessibilityStatementDate, 'en')}. It is based on a self-assessment: automatic axe tests against WCAG 2.1 levels A and AA of every page, also at a screen width of 375 pixels, and manual checks of keyboard use, focus order and use without JavaScript. The solution is built on the Danish common design system (Det Fælles Designsystem).`,
        })}
      </p>

      <h2>{t({ da: 'Feedback og kontaktoplysninger', en: 'Feedback and contact information' })}</h2>
      <p>
        {t({
          da: `Oplever du problemer med tilgængeligheden, eller har du brug for indhold i en anden form, så skriv til ${installation.organisationName}: `,
          en: `If you meet accessibility problems or need content in another format, write to ${installation.organisationName}: `,
        })}
        <a href={`mailto:${contact}`}>{contact}</a>
        {installation.contactPhone ? t({ da: `, eller ring på ${installation.contactPhone}.`, en: `, or call ${installation.contactPhone}.` }) : '.'}
      </p>

      <h2>{t({ da: 'Håndhævelsesprocedure', en: 'Enforcement procedure' })}</h2>
      <p>
        {t({
          da: 'Digitaliseringsstyrelsen fører tilsyn med, at offentlige organer overholder loven om tilgængelighed. Er du utilfreds med vores svar, eller mener du, at løsningen ikke lever op til kravene? ',
          en: 'The Danish Agency for Digital Government (Digitaliseringsstyrelsen) supervises that public bodies comply with the accessibility act. If you are not satisfied with our answer, or think the solution does not meet the requirements? ',
        })}
        <a href={DIGST_COMPLAINT_URL}>{t({ da: 'Du kan klage til Digitaliseringsstyrelsen', en: 'You can complain to Digitaliseringsstyrelsen' })}</a>.
      </p>
    </Layout>
  );
}
