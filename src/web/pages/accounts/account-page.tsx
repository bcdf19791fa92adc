import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { ApiTokenInfo, ApiTokenStatus } from '../../../usecases/accounts/list-api-tokens.js';
import { API_TOKEN_DEFAULT_DAYS } from '../../../usecases/accounts/schemas.js';
import { Alert, Select, Table, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

export interface AccountPageProps {
  ctx: PageContext;
  tokens: ApiTokenInfo[];
  /** A token just created: its secret is shown this once. */
  created?: { name: string; token: string; expiresAt: Date };
  /** The create form as typed, and its errors by field name. */
  values?: { name?: string; expiresInDays?: string };
  errors?: Record<string, string>;
}

const STATUS: Record<ApiTokenStatus, { da: string; en: string }> = {
  active: { da: 'Aktiv', en: 'Active' },
  expired: { da: 'Udløbet', en: 'Expired' },
  revoked: { da: 'Tilbagekaldt', en: 'Revoked' },
};

const EXPIRY_CHOICES = [30, 90, 180, 365] as const;

export function AccountPage({ ctx, tokens, created, values = {}, errors = {} }: AccountPageProps) {
  const { t, actor, locale } = ctx;
  const days = values.expiresInDays ?? String(API_TOKEN_DEFAULT_DAYS);
  return (
    <Layout ctx={ctx} title={t({ da: 'Min konto', en: 'My account' })}>
      <div class="row">
        <div class="col-12 col-lg-10">
          <h1>{t({ da: 'Min konto', en: 'My account' })}</h1>
          {actor ? (
            <p>
              {actor.name}, {actor.email}
            </p>
          ) : null}
          <h2>{t({ da: 'To-faktor', en: 'Two-factor' })}</h2>
          <p>
            <a href={paths.accounts.twoFactorEnrol()}>{t({ da: 'To-faktor: en kode fra en app ved login', en: 'Two-factor: a code from an app at login' })}</a>
          </p>
          <h2>{t({ da: 'API-nøgler', en: 'API tokens' })}</h2>
          <p>
            {t({
              da: 'Med en API-nøgle kan et andet system (fx et regneark) bruge API’et med dine rettigheder. Nøglen udløber på den dato, du vælger, og du kan altid tilbagekalde den.',
              en: 'With an API token another system (e.g. a spreadsheet) can use the API with your permissions. The token expires on the date you choose, and you can revoke it at any time.',
            })}
          </p>
          {created ? (
            <Alert
              variant="success"
              heading={t({ da: `API-nøglen "${created.name}" er oprettet`, en: `The API token "${created.name}" has been created` })}
              contentContainer={false}
            >
              <p class="alert-text">{t({ da: 'Kopiér nøglen nu. Den vises kun denne ene gang.', en: 'Copy the token now. It is shown only this once.' })}</p>
              <p class="alert-text">
                <code class="api-token-secret">{created.token}</code>
              </p>
              <p class="alert-text">
                {t({ da: 'Udløber', en: 'Expires' })} {formatDate(created.expiresAt, locale)}
              </p>
            </Alert>
          ) : null}
          {tokens.length === 0 ? (
            <p>{t({ da: 'Du har ingen API-nøgler.', en: 'You have no API tokens.' })}</p>
          ) : (
            <Table
              caption={t({ da: 'Dine API-nøgler', en: 'Your API tokens' })}
              captionClass="sr-only"
              columns={[
                { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
                { label: t({ da: 'Oprettet', en: 'Created' }) },
                { label: t({ da: 'Udløber', en: 'Expires' }) },
                { label: t({ da: 'Sidst brugt', en: 'Last used' }) },
                { label: t({ da: 'Status', en: 'Status' }) },
                { label: t({ da: 'Handling', en: 'Action' }) },
              ]}
              rows={tokens.map((token) => [
                token.name,
                formatDate(token.createdAt, locale),
                formatDate(token.expiresAt, locale),
                token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t({ da: 'Aldrig', en: 'Never' }),
                t(STATUS[token.status]),
                token.status === 'active' ? (
                  <ButtonForm
                    ctx={ctx}
                    action={paths.accounts.revokeApiToken({ tokenId: token.id })}
                    label={t({ da: 'Tilbagekald', en: 'Revoke' })}
                    srOnly={t({ da: `API-nøglen ${token.name}`, en: `the API token ${token.name}` })}
                  />
                ) : (
                  ''
                ),
              ])}
            />
          )}
          <h2>{t({ da: 'Opret en API-nøgle', en: 'Create an API token' })}</h2>
          <PostForm ctx={ctx} action={paths.accounts.apiTokens()} errors={errors} submit={t({ da: 'Opret API-nøgle', en: 'Create API token' })}>
            <TextInput
              name="name"
              label={t({ da: 'Navn', en: 'Name' })}
              hint={t({ da: 'Hvad nøglen bruges til, fx "Budgetregneark"', en: 'What the token is for, e.g. "Budget spreadsheet"' })}
              value={values.name ?? ''}
              error={errors.name}
              required
            />
            <Select
              name="expiresInDays"
              label={t({ da: 'Gyldig i', en: 'Valid for' })}
              value={days}
              error={errors.expiresInDays}
              options={EXPIRY_CHOICES.map((d) => ({
                value: String(d),
                label: d === 365 ? t({ da: '1 år', en: '1 year' }) : t({ da: `${d} dage`, en: `${d} days` }),
              }))}
            />
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
