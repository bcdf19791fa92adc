import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { ApiTokenStatus } from '../../../usecases/accounts/list-api-tokens.js';
import type { OrganisationApiToken } from '../../../usecases/users/list-organisation-api-tokens.js';
import { Alert, BackLink, Badge, StructuredList, Table } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { AdminLinks } from '../identity/admin-nav.js';
import { Layout } from '../layout.js';

const STATUS: Record<ApiTokenStatus, { text: { da: string; en: string }; variant: 'success' | 'error' | 'none' }> = {
  active: { text: { da: 'Aktiv', en: 'Active' }, variant: 'success' },
  expired: { text: { da: 'Udløbet', en: 'Expired' }, variant: 'none' },
  revoked: { text: { da: 'Tilbagekaldt', en: 'Revoked' }, variant: 'error' },
};

/** The API tokens of the organisation's members (never their secret); an active one can be revoked. */
export function OrganisationApiTokensPage({
  ctx,
  organisationId,
  tokens,
  revoked,
}: {
  ctx: PageContext;
  organisationId: string;
  tokens: OrganisationApiToken[];
  revoked?: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'API-nøgler', en: 'API tokens' })}>
      <AdminLinks ctx={ctx} organisationId={organisationId} />
      <h1>{t({ da: 'Organisationens API-nøgler', en: "The organisation's API tokens" })}</h1>
      {revoked ? (
        <Alert variant="success" heading={t({ da: 'API-nøglen er tilbagekaldt', en: 'The API token has been revoked' })}>
          {t({ da: 'Den virker ikke længere.', en: 'It no longer works.' })}
        </Alert>
      ) : null}
      <p>
        {t({
          da: 'Brugerne opretter selv deres nøgler under "Min konto". Her kan du se alle medlemmers nøgler og tilbagekalde en med det samme.',
          en: 'Users create their own tokens under "My account". Here you see every member\'s tokens and can revoke one at once.',
        })}
      </p>
      {tokens.length === 0 ? (
        <p>{t({ da: 'Ingen af organisationens brugere har API-nøgler.', en: "None of the organisation's users have API tokens." })}</p>
      ) : (
        <Table
          caption={t({ da: 'API-nøgler', en: 'API tokens' })}
          columns={[
            { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
            { label: t({ da: 'Bruger', en: 'User' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Oprettet', en: 'Created' }) },
            { label: t({ da: 'Senest brugt', en: 'Last used' }) },
            { label: t({ da: 'Udløber', en: 'Expires' }) },
            { label: t({ da: 'Handling', en: 'Action' }) },
          ]}
          rows={tokens.map((tok) => [
            tok.name,
            `${tok.userName} (${tok.userEmail})`,
            <Badge text={t(STATUS[tok.status].text)} variant={STATUS[tok.status].variant} />,
            formatDate(tok.createdAt, locale),
            tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, locale) : t({ da: 'Aldrig', en: 'Never' }),
            formatDate(tok.expiresAt, locale),
            tok.status === 'active' ? (
              <a href={paths.admin.revokeApiToken({ organisationId, tokenId: tok.id })}>
                {t({ da: 'Tilbagekald', en: 'Revoke' })}
                <span class="sr-only"> {tok.name}</span>
              </a>
            ) : (
              ''
            ),
          ])}
        />
      )}
    </Layout>
  );
}

/** "Er du sikker?" before a token is revoked (works without JavaScript). */
export function RevokeTokenPage({
  ctx,
  organisationId,
  token,
  errors = {},
}: {
  ctx: PageContext;
  organisationId: string;
  token: OrganisationApiToken;
  errors?: Record<string, string>;
}) {
  const { t, locale } = ctx;
  const title = t({ da: `Tilbagekald API-nøglen "${token.name}"`, en: `Revoke the API token "${token.name}"` });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.admin.apiTokens({ organisationId })} text={t({ da: 'Alle API-nøgler', en: 'All API tokens' })} />
      <h1>{title}</h1>
      <StructuredList
        rows={[
          { label: t({ da: 'Bruger', en: 'User' }), value: `${token.userName} (${token.userEmail})` },
          { label: t({ da: 'Udløber', en: 'Expires' }), value: formatDate(token.expiresAt, locale) },
        ]}
      />
      <p>
        {t({
          da: 'Systemer, der bruger nøglen, får afvist deres kald fra nu af. Det kan ikke fortrydes; brugeren kan oprette en ny nøgle.',
          en: 'Systems using the token are refused from now on. This cannot be undone; the user can create a new token.',
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={paths.admin.revokeApiToken({ organisationId, tokenId: token.id })}
        errors={errors}
        submit={t({ da: 'Ja, tilbagekald nøglen', en: 'Yes, revoke the token' })}
        submitVariant="warning"
        cancelHref={paths.admin.apiTokens({ organisationId })}
      />
    </Layout>
  );
}
