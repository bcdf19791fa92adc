import type { Config } from '../../config.js';
import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** Datatilsynet, where a data subject complains (GDPR art. 77). */
export const DATATILSYNET_URL = 'https://www.datatilsynet.dk/';

/**
 * Privacy notice (GDPR art. 13): who is the data controller, why and on which legal basis personal
 * data are processed, who receives them, how long they are kept and the data subject's rights.
 * Public, linked from every page's footer; the controller and its contacts come from the config.
 */
export function PrivacyPage({ ctx, installation }: { ctx: PageContext; installation: Config['installation'] }) {
  const { t } = ctx;
  const org = installation.organisationName;
  const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>;
  return (
    <Layout ctx={ctx} title={t({ da: 'Behandling af personoplysninger', en: 'Processing of personal data' })}>
      <h1>{t({ da: 'Behandling af personoplysninger', en: 'Processing of personal data' })}</h1>
      <p>
        {t({
          da: 'Her kan du læse, hvordan vi behandler personoplysninger i velfærdsteknologipuljernes løsning, jf. databeskyttelsesforordningens artikel 13.',
          en: 'This notice explains how personal data are processed in the welfare technology pools solution, under article 13 of the General Data Protection Regulation (GDPR).',
        })}
      </p>

      <h2>{t({ da: 'Dataansvarlig', en: 'Data controller' })}</h2>
      <p>
        {t({ da: `${org} er dataansvarlig for behandlingen. Du kan kontakte os på `, en: `${org} is the data controller. You can contact us at ` })}
        {mail(installation.contactEmail)}
        {installation.contactPhone ? t({ da: ` eller på telefon ${installation.contactPhone}.`, en: ` or by phone on ${installation.contactPhone}.` }) : '.'}
      </p>

      <h2>{t({ da: 'Databeskyttelsesrådgiver', en: 'Data protection officer' })}</h2>
      <p>
        {t({ da: 'Du kan kontakte vores databeskyttelsesrådgiver (DPO) på ', en: 'You can contact our data protection officer (DPO) at ' })}
        {mail(installation.dpoEmail)}.
      </p>

      <h2>{t({ da: 'Formål og retsgrundlag', en: 'Purposes and legal basis' })}</h2>
      <p>
        {t({
          da: 'Vi behandler personoplysninger for at administrere puljer til velfærdsteknologi: modtage og vurdere ansøgninger, træffe og meddele beslutninger, følge bevillinger og regnskab, og følge op på projekternes resultater.',
          en: 'We process personal data to administer welfare technology pools: to receive and assess applications, make and communicate decisions, follow grants and accounts, and follow up on the projects’ results.',
        })}
      </p>
      <p>
        {t({
          da: 'Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra e: behandlingen er nødvendig for at udføre en opgave i samfundets interesse eller som led i myndighedsudøvelse, som kommunen har fået pålagt.',
          en: 'The legal basis is article 6(1)(e) GDPR: the processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the municipality.',
        })}
      </p>
      <p>
        {t({
          da: 'Løsningen er ikke beregnet til følsomme oplysninger efter artikel 9. Skriv derfor ikke helbredsoplysninger eller andre følsomme oplysninger om borgere i ansøgninger, kommentarer, rapporter eller vedhæftede filer.',
          en: 'The solution is not intended for special categories of data under article 9. Do not write health data or other sensitive data about citizens in applications, comments, reports or attached files.',
        })}
      </p>

      <h2>{t({ da: 'Kategorier af personoplysninger', en: 'Categories of personal data' })}</h2>
      <ul>
        <li>
          {t({
            da: 'Medarbejderes navne, e-mailadresser, organisation og roller i løsningen.',
            en: 'Staff names, e-mail addresses, organisation and roles in the solution.',
          })}
        </li>
        <li>
          {t({
            da: 'Indholdet af ansøgninger, vurderinger, kommentarer, rapporter og vedhæftede filer, herunder navne på kontaktpersoner.',
            en: 'The content of applications, assessments, comments, reports and attached files, including names of contact persons.',
          })}
        </li>
        <li>
          {t({
            da: 'Oplysninger om samarbejdspartnere og leverandører (virksomheder og deres kontaktpersoner).',
            en: 'Information about partners and suppliers (companies and their contact persons).',
          })}
        </li>
        <li>
          {t({
            da: 'Log over handlinger (hvem gjorde hvad og hvornår) og tekniske oplysninger om login.',
            en: 'A log of actions (who did what and when) and technical information about logins.',
          })}
        </li>
      </ul>

      <h2>{t({ da: 'Modtagere', en: 'Recipients' })}</h2>
      <ul>
        <li>
          {t({
            da: 'Kommunens ESDH-system (journalisering af sager og beslutninger).',
            en: "The municipality's records management system (ESDH), where cases and decisions are filed.",
          })}
        </li>
        <li>
          {t({
            da: 'De udvalg og andre beslutningsorganer, der vurderer ansøgninger og træffer beslutning.',
            en: 'The committees and other decision bodies that assess applications and decide.',
          })}
        </li>
        <li>
          {t({
            da: 'Kommuner og andre partnere i et netværk, når en ansøgning eller et projekt deles med dem.',
            en: 'Municipalities and other partners in a network, when an application or project is shared with them.',
          })}
        </li>
      </ul>

      <h2>{t({ da: 'Opbevaring', en: 'Retention' })}</h2>
      <p>
        {t({
          da: 'Sager opbevares i 5 år efter, at de er afsluttet. Derefter slettes eller anonymiseres personoplysningerne; kun statistik uden personoplysninger gemmes.',
          en: 'Cases are kept for 5 years after they are closed. Then the personal data are deleted or anonymised; only statistics without personal data are kept.',
        })}
      </p>

      <h2>{t({ da: 'Dine rettigheder', en: 'Your rights' })}</h2>
      <p>{t({ da: 'Efter databeskyttelsesforordningen har du ret til:', en: 'Under the GDPR you have the right to:' })}</p>
      <ul>
        <li>{t({ da: 'indsigt i de oplysninger, vi behandler om dig', en: 'access to the data we process about you' })}</li>
        <li>{t({ da: 'at få urigtige oplysninger berigtiget', en: 'rectification of inaccurate data' })}</li>
        <li>{t({ da: 'sletning i visse tilfælde', en: 'erasure in certain cases' })}</li>
        <li>{t({ da: 'begrænsning af behandlingen', en: 'restriction of processing' })}</li>
        <li>{t({ da: 'at gøre indsigelse mod behandlingen', en: 'object to the processing' })}</li>
      </ul>
      <p>
        {t({ da: 'Vil du bruge dine rettigheder, så kontakt os på ', en: 'To use your rights, contact us at ' })}
        {mail(installation.contactEmail)}.{' '}
        {t({ da: 'Er du utilfreds med vores behandling, kan du ', en: 'If you are not satisfied with how we process your data, you can ' })}
        <a href={DATATILSYNET_URL}>{t({ da: 'klage til Datatilsynet', en: 'complain to Datatilsynet' })}</a>.
      </p>

      <h2>{t({ da: 'Automatiske afgørelser', en: 'Automated decisions' })}</h2>
      <p>
        {t({
          da: 'Der træffes ingen automatiske afgørelser, og der foretages ikke profilering. Point og beregninger i løsningen er hjælp til vurderingen; beslutninger træffes af mennesker.',
          en: 'No automated decisions are made and there is no profiling. Scores and calculations in the solution support the assessment; decisions are made by people.',
        })}
      </p>
    </Layout>
  );
}
