/**
 * Every page URL of the app, in one place (pages, redirects, notification links, tests): routers register `paths.x.y.pattern`, views and
 * redirects build `paths.x.y({ ...params }, { query })`, tests use the same builders. Route
 * parameters are named as the API names them (`:applicationId`, never `:id`), so a route's
 * parameters say which object they are.
 */

/** The parameter names in a pattern: `/a/:poolId/b/:entryId` → 'poolId' | 'entryId'. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? CleanName<Name> | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? CleanName<Name>
    : never;
/** `:meetingId` in `/moeder/:meetingId/dagsorden.pdf` stops at the slash; a dot ends a name too. */
type CleanName<N extends string> = N extends `${infer Head}.${string}` ? Head : N;

export type Query = Record<string, string | number | boolean | undefined | null>;
export type PathParams<P extends string> = Record<ParamNames<P>, string>;

export type PathBuilder<P extends string> = ([ParamNames<P>] extends [never] ? (query?: Query) => string : (params: PathParams<P>, query?: Query) => string) & {
  readonly pattern: P;
};

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query).filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** A builder for one URL pattern. Parameter values are percent-encoded. */
export function path<P extends string>(pattern: P): PathBuilder<P> {
  const hasParams = pattern.includes(':');
  const build = (a?: Record<string, string> | Query, b?: Query): string => {
    const params = (hasParams ? a : undefined) as Record<string, string> | undefined;
    const query = (hasParams ? b : a) as Query | undefined;
    const filled = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const value = params?.[name];
      if (value === undefined) throw new Error(`path ${pattern}: missing :${name}`);
      return encodeURIComponent(value);
    });
    return filled + queryString(query);
  };
  return Object.assign(build, { pattern }) as unknown as PathBuilder<P>;
}

/** A folder of static files: `paths.static.dkfds('css/dkfds.min.css')`; the file's own slashes stay; `pattern` matches every file below. */
function staticFolder<P extends string>(prefix: P) {
  return Object.assign((file: string) => `${prefix}/${file}`, { prefix: `${prefix}/` as `${P}/`, pattern: `${prefix}/*` as `${P}/*` });
}

export const paths = {
  home: path('/'),
  health: path('/healthz'),
  accessibility: path('/tilgaengelighed'),
  privacy: path('/privatliv'),
  static: {
    dkfds: staticFolder('/static/dkfds'),
    app: staticFolder('/static/app'),
    iconSprite: '/static/dkfds/img/all-svg-icons.svg',
  },
  /** The JSON API's own paths are declared by its operations; the pages need only these. */
  api: {
    prefix: '/api/',
    session: path('/api/v1/session'),
    openApi: path('/api/v1/openapi.json'),
  },
  accounts: {
    login: path('/login'),
    logout: path('/logout'),
    language: path('/sprog/:lang'),
    /** The user's own account page: API tokens (create, list, revoke). */
    account: path('/konto'),
    apiTokens: path('/konto/api-noegler'),
    revokeApiToken: path('/konto/api-noegler/:tokenId/tilbagekald'),
    /** "Glemt adgangskode?": ask for a link by e-mail (answers the same whether or not the address exists). */
    forgotPassword: path('/glemt-adgangskode'),
    /** The one-time link of an invitation or a reset (`?token=`): choose a password. */
    setPassword: path('/adgangskode/ny'),
    /** The second login step: the code from the authenticator app (or a recovery code). */
    twoFactor: path('/login/to-faktor'),
    /** Enrol in two-factor (on the account page). */
    twoFactorEnrol: path('/konto/to-faktor'),
    twoFactorConfirm: path('/konto/to-faktor/bekraeft'),
    twoFactorDisable: path('/konto/to-faktor/slaa-fra'),
  },
  /** An organisation's own administration: users, their API tokens, security, retention. */
  admin: {
    /** Goes to the actor's (first) organisation's users page. */
    users: path('/admin/brugere'),
    /** Goes to the actor's (first) organisation's retention page. */
    retention: path('/admin/sletning'),
    organisationUsers: path('/organisationer/:organisationId/brugere'),
    inviteUser: path('/organisationer/:organisationId/brugere/inviter'),
    userRoles: path('/organisationer/:organisationId/brugere/:userId/roller'),
    deactivateUser: path('/organisationer/:organisationId/brugere/:userId/deaktiver'),
    reactivateUser: path('/organisationer/:organisationId/brugere/:userId/genaktiver'),
    apiTokens: path('/organisationer/:organisationId/api-noegler'),
    revokeApiToken: path('/organisationer/:organisationId/api-noegler/:tokenId/tilbagekald'),
    security: path('/organisationer/:organisationId/sikkerhed'),
    organisationRetention: path('/organisationer/:organisationId/sletning'),
    deleteCase: path('/organisationer/:organisationId/sletning/:applicationId/slet'),
  },
  pools: {
    list: path('/puljer'),
    create: path('/puljer/ny'),
    show: path('/puljer/:poolId'),
    history: path('/puljer/:poolId/historik'),
    edit: path('/puljer/:poolId/rediger'),
    editSection: path('/puljer/:poolId/rediger/:section'),
    inbox: path('/puljer/:poolId/indbakke'),
    scores: path('/puljer/:poolId/scorer'),
    meetings: path('/puljer/:poolId/moeder'),
  },
  ledger: {
    overview: path('/oekonomi'),
    pool: path('/puljer/:poolId/oekonomi'),
    commitment: path('/puljer/:poolId/oekonomi/bevilling'),
    adjustment: path('/puljer/:poolId/oekonomi/regulering'),
    carryOver: path('/puljer/:poolId/oekonomi/overfoersel'),
    entries: path('/puljer/:poolId/oekonomi/posteringer'),
    reverseEntry: path('/puljer/:poolId/oekonomi/posteringer/:entryId/ret'),
    summaryCsv: path('/puljer/:poolId/oekonomi/eksport.csv'),
    entriesCsv: path('/puljer/:poolId/oekonomi/posteringer.csv'),
    summaryXlsx: path('/puljer/:poolId/oekonomi/eksport.xlsx'),
    project: path('/ansoegninger/:applicationId/oekonomi'),
    payout: path('/ansoegninger/:applicationId/oekonomi/udbetaling'),
    return: path('/ansoegninger/:applicationId/oekonomi/tilbagefoersel'),
  },
  applications: {
    list: path('/ansoegninger'),
    create: path('/ansoegninger/ny'),
    businessCaseFigures: path('/ansoegninger/business-case/beregn'),
    show: path('/ansoegninger/:applicationId'),
    step: path('/ansoegninger/:applicationId/trin/:sectionSlug'),
    check: path('/ansoegninger/:applicationId/tjek'),
    submit: path('/ansoegninger/:applicationId/indsend'),
    coApplicants: path('/ansoegninger/:applicationId/medansoegere'),
    removeCoApplicant: path('/ansoegninger/:applicationId/medansoegere/:userId/fjern'),
    versions: path('/ansoegninger/:applicationId/versioner'),
    compareVersions: path('/ansoegninger/:applicationId/versioner/sammenlign'),
    withdraw: path('/ansoegninger/:applicationId/traek-tilbage'),
    attachment: path('/ansoegninger/:applicationId/bilag/:attachmentId'),
    removeAttachment: path('/ansoegninger/:applicationId/bilag/:attachmentId/fjern'),
    /** The submitted version as a printable document (the applicants and the secretariat). */
    print: path('/ansoegninger/:applicationId/udskrift'),
  },
  /** The secretariat's journal list and aktindsigt/archive export of a case. */
  records: {
    journal: path('/ansoegninger/:applicationId/journal'),
    aktindsigt: path('/ansoegninger/:applicationId/aktindsigt'),
    withhold: path('/ansoegninger/:applicationId/aktindsigt/undtag'),
    release: path('/ansoegninger/:applicationId/aktindsigt/frigiv'),
    export: path('/ansoegninger/:applicationId/aktindsigt/eksport'),
  },
  /** Journalisation webhooks of an organisation (its admin): endpoints and the delivery log. */
  webhooks: {
    list: path('/organisationer/:organisationId/webhooks'),
    create: path('/organisationer/:organisationId/webhooks/ny'),
    deliveries: path('/organisationer/:organisationId/webhooks/leveringer'),
    replay: path('/organisationer/:organisationId/webhooks/leveringer/:deliveryId/gensend'),
    edit: path('/organisationer/:organisationId/webhooks/:endpointId'),
  },
  /** Retention beside paths.admin.organisationRetention/deleteCase: the period and the archive export before deletion. */
  retention: {
    settings: path('/organisationer/:organisationId/sletning/indstillinger'),
    archiveExport: path('/organisationer/:organisationId/sletning/:applicationId/arkiveksport'),
  },
  ideas: {
    list: path('/ideer'),
    create: path('/ideer/ny'),
    show: path('/ideer/:ideaId'),
    advise: path('/ideer/:ideaId/raad'),
    assess: path('/ideer/:ideaId/vurdering'),
    convert: path('/ideer/:ideaId/ansoegning'),
  },
  assessment: {
    index: path('/vurdering'),
    case: path('/vurdering/:applicationId'),
    screen: path('/vurdering/:applicationId/screening'),
    ask: path('/vurdering/:applicationId/spoergsmaal'),
    assignReviewers: path('/vurdering/:applicationId/bedoemmere'),
    recommend: path('/vurdering/:applicationId/indstilling'),
    decideDirectly: path('/vurdering/:applicationId/direkte-afgoerelse'),
  },
  reviews: {
    list: path('/bedoemmelser'),
    workspace: path('/bedoemmelser/:applicationId'),
    conflict: path('/bedoemmelser/:applicationId/habilitet'),
  },
  meetings: {
    show: path('/moeder/:meetingId'),
    agenda: path('/moeder/:meetingId/dagsorden'),
    agendaPdf: path('/moeder/:meetingId/dagsorden.pdf'),
    itemDecision: path('/moeder/:meetingId/punkter/:applicationId/afgoerelse'),
    publish: path('/moeder/:meetingId/offentliggoer'),
    minutes: path('/moeder/:meetingId/referat'),
    editMinutes: path('/moeder/:meetingId/referat/rediger'),
    minutesPdf: path('/moeder/:meetingId/referat.pdf'),
    publishAgenda: path('/moeder/:meetingId/dagsorden/udsend'),
  },
  projects: {
    list: path('/projekter'),
    show: path('/projekter/:applicationId'),
    start: path('/projekter/:applicationId/igangsaet'),
    consultants: path('/projekter/:applicationId/konsulenter'),
    milestones: path('/projekter/:applicationId/milepaele'),
    reports: path('/projekter/:applicationId/rapporter'),
    newReport: path('/projekter/:applicationId/rapporter/ny'),
    report: path('/projekter/:applicationId/rapporter/:reportId'),
    editReport: path('/projekter/:applicationId/rapporter/:reportId/rediger'),
    submitReport: path('/projekter/:applicationId/rapporter/:reportId/indsend'),
    reviewReport: path('/projekter/:applicationId/rapporter/:reportId/vurdering'),
    rescheduleReport: path('/projekter/:applicationId/rapporter/:reportId/flyt'),
    reportAttachments: path('/projekter/:applicationId/rapporter/:reportId/bilag'),
    reportAttachment: path('/projekter/:applicationId/rapporter/:reportId/bilag/:attachmentId'),
    evaluationAgenda: path('/projekter/:applicationId/evaluering/dagsorden'),
    correctDecision: path('/projekter/:applicationId/bevilling/ret'),
    reportsDue: path('/opfoelgning'),
    reportsDueCsv: path('/opfoelgning.csv'),
    reportsDueXlsx: path('/opfoelgning.xlsx'),
    evaluation: path('/projekter/:applicationId/evaluering'),
    evaluationPrint: path('/projekter/:applicationId/evaluering/print'),
    evaluationPdf: path('/projekter/:applicationId/evaluering.pdf'),
    outcome: path('/projekter/:applicationId/beslutning'),
    handover: path('/projekter/:applicationId/overdragelse'),
    close: path('/projekter/:applicationId/afslut'),
    changes: path('/projekter/:applicationId/aendringer'),
    change: path('/projekter/:applicationId/aendringer/:changeId'),
    portfolio: path('/portefoelje'),
    portfolioXlsx: path('/portefoelje.xlsx'),
    poolPortfolio: path('/puljer/:poolId/portefoelje'),
  },
  /** The catalogue's entry page (the catalogue helper owns the area; the guide links to it). */
  catalogue: {
    /** Search with filters (GET form); public entries for an anonymous visitor. */
    index: path('/katalog'),
    show: path('/katalog/:catalogueEntryId'),
    /** An entry for an older project that never ran through the system. */
    newHistory: path('/katalog/ny'),
    /** The installation-wide technology categories (installation admins). */
    categories: path('/katalog/kategorier'),
    edit: path('/katalog/:catalogueEntryId/rediger'),
    documents: path('/katalog/:catalogueEntryId/dokumenter'),
    document: path('/katalog/:catalogueEntryId/dokumenter/:documentId'),
    deleteDocument: path('/katalog/:catalogueEntryId/dokumenter/:documentId/slet'),
    /** "Del i erfaringskataloget" from a project. */
    publish: path('/projekter/:applicationId/katalog'),
    /** A pool's own categories mapped to the shared ones (the pool's secretariat). */
    poolCategories: path('/puljer/:poolId/kategorier'),
  },
  /** The citizens' theme guide: public, no login. Editing under `/temaer/`. */
  guide: {
    list: path('/guide'),
    index: path('/guide/:organisationSlug'),
    theme: path('/guide/:organisationSlug/:themeSlug'),
    newTheme: path('/guide/:organisationSlug/temaer/nyt'),
    editTheme: path('/guide/:organisationSlug/temaer/:themeSlug'),
  },
  /** Staff training per technology, per unit. */
  training: {
    index: path('/uddannelse'),
    unit: path('/uddannelse/:departmentId'),
    record: path('/uddannelse/:departmentId/registrer'),
    unitCsv: path('/uddannelse/:departmentId/eksport.csv'),
    unitXlsx: path('/uddannelse/:departmentId/eksport.xlsx'),
  },
  /** Import of older projects from a spreadsheet. */
  imports: {
    index: path('/import'),
    batch: path('/import/:batchId'),
    run: path('/import/:batchId/importer'),
  },
  /** Sharing on a catalogue entry (the entry page itself, search and publishing are the catalogue core's). */
  catalogueSharing: {
    /** "Brug dette projekt": start an idea in one's own organisation from the entry. */
    adopt: path('/katalog/:catalogueEntryId/brug'),
    /** Experience posts (questions, answers, lessons) on the entry. */
    experiences: path('/katalog/:catalogueEntryId/erfaringer'),
  },
  /** The network experience platform (VT Syd): members and coordinators only, never public. */
  network: {
    overview: path('/netvaerk/:networkId'),
    actors: path('/netvaerk/:networkId/aktoerer'),
    actor: path('/netvaerk/:networkId/aktoerer/:actorId'),
  },
  notifications: {
    list: path('/notifikationer'),
    markRead: path('/notifikationer/laest'),
  },
  /** Login through an organisation's identity provider (OIDC; SAML's routes join this group). */
  sso: {
    /** "Log ind med <organisation>": starts the login at the provider (any kind). */
    start: path('/login/sso/:providerId'),
    /** The one OIDC redirect URI of the installation (PUBLIC_URL + this), registered at every provider. */
    oidcCallback: path('/login/sso/oidc/callback'),
  },
  /** SAML 2.0 (KOMBIT Context Handler): per provider our entity id is `<PUBLIC_URL>/saml/:providerId`; public, posted to by the IdP. */
  saml: {
    entity: path('/saml/:providerId'),
    metadata: path('/saml/:providerId/metadata'),
    acs: path('/saml/:providerId/acs'),
  },
  /** An organisation's login providers (OIDC, SAML) and their claim-to-role mappings, for its admin. */
  identityAdmin: {
    providers: path('/organisationer/:organisationId/login-udbydere'),
    newProvider: path('/organisationer/:organisationId/login-udbydere/ny'),
    provider: path('/organisationer/:organisationId/login-udbydere/:providerId'),
    roleMappings: path('/organisationer/:organisationId/login-udbydere/:providerId/roller'),
    deleteRoleMapping: path('/organisationer/:organisationId/login-udbydere/:providerId/roller/:mappingId/slet'),
    /** What the admin copies into the identity provider (the login flows register these routes). */
    oidcCallback: path('/login/sso/oidc/callback'),
    samlMetadata: path('/saml/:providerId/metadata'),
  },
} as const;
