import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test identity provider: the claims it gives (groups as the provider's groups claim). */
export interface TestIdpAccount {
  email: string;
  name: string;
  groups: string[] | string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Keyed by the login typed on the provider's own login page (that is the subject, `sub`). Change them between logins. */
  accounts: Map<string, TestIdpAccount>;
  close(): Promise<void>;
}

/**
 * `oidc-provider` on 127.0.0.1 and a random port, as an organisation's identity provider: one client
 * (ours, with the installation's callback), PKCE required, claims from `accounts`, and its development
 * login and consent pages (any password is accepted).
 */
export async function startTestIdp(opts: { redirectUri: string; postLogoutRedirectUri: string }): Promise<TestIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestIdpAccount>();
  const clientId = 'puljer';
  const clientSecret = 'test-idp-client-secret';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        post_logout_redirect_uris: [opts.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => {
        const account = accounts.get(id) ?? { email: `${id}@idp.test`, name: id, groups: [] };
        return { sub: id, email: account.email, name: account.name, groups: account.groups };
      },
    }),
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-idp-cookie-key-0000000000000000'] },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Log in at the provider like a browser without JavaScript: follow its redirects, fill its login page
 * (`login` is the subject) and its consent page, and stop at the redirect to our callback (returned).
 */
export async function loginAtTestIdp(authorizationUrl: string, login: string, callbackPrefix: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const go = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  let url = new URL(authorizationUrl);
  let res = await go(url);
  for (let step = 0; step < 12; step++) {
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      if (url.href.startsWith(callbackPrefix)) return url;
      res = await go(url);
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
    if (res.status !== 200 || !action || !prompt) throw new Error(`the test IdP answered ${res.status}: ${html.slice(0, 500)}`);
    const body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
    url = new URL(action, url);
    res = await go(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
  throw new Error('the test IdP did not redirect to the callback');
}
