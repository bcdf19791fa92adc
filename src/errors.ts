/**
 * The one error catalogue: every domain error has a stable code, an HTTP status and a Danish
 * (and English) message. Handlers never invent statuses; they throw AppError and the app maps it.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: {
    status: 422,
    da: 'Der er fejl i det indtastede. Ret felterne og prøv igen.',
    en: 'Some fields are invalid. Correct them and try again.',
  },
  BAD_REQUEST: { status: 400, da: 'Forespørgslen kunne ikke læses.', en: 'The request could not be read.' },
  UNAUTHENTICATED: { status: 401, da: 'Du skal logge ind.', en: 'You must log in.' },
  INVALID_CREDENTIALS: { status: 401, da: 'E-mail eller adgangskode er forkert.', en: 'Wrong e-mail or password.' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    da: 'For mange mislykkede forsøg. Vent 15 minutter, og prøv igen.',
    en: 'Too many failed attempts. Wait 15 minutes and try again.',
  },
  CSRF_FAILED: { status: 403, da: 'Formularen er udløbet. Genindlæs siden, og prøv igen.', en: 'The form has expired. Reload the page and try again.' },
  FORBIDDEN: { status: 403, da: 'Du har ikke adgang til at gøre dette.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, da: 'Siden eller sagen findes ikke.', en: 'The page or case does not exist.' },
  CONFLICT: {
    status: 409,
    da: 'Sagen er ændret af en anden i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  ALREADY_EXISTS: { status: 409, da: 'Findes allerede.', en: 'Already exists.' },
  TRANSITION_NOT_ALLOWED: { status: 409, da: 'Handlingen er ikke mulig i sagens nuværende status.', en: 'This action is not possible in the current status.' },
  INSUFFICIENT_FUNDS: { status: 409, da: 'Der er ikke penge nok tilbage på budgetlinjen til dette.', en: 'There is not enough money left on the budget line.' },
  CARRY_OVER_NOT_ALLOWED: {
    status: 409,
    da: 'Puljen tillader ikke at overføre ubrugte midler til næste år.',
    en: 'The pool does not allow carrying unspent money over to the next year.',
  },
  EXCEEDS_COMMITMENT: {
    status: 409,
    da: 'Beløbet overstiger det, der er bevilget til projektet og endnu ikke udbetalt eller tilbageført.',
    en: 'The amount exceeds what is committed to the project and not yet paid out or returned.',
  },
  NOT_ELIGIBLE: {
    status: 422,
    da: 'Ansøgningen kan ikke indsendes endnu: den opfylder ikke alle puljens krav. Se hvad der mangler under "Tjek dine svar".',
    en: 'The application cannot be submitted yet: it does not meet all the pool\'s requirements. See what is missing under "Check your answers".',
  },
  PAYLOAD_TOO_LARGE: { status: 413, da: 'Filen er for stor.', en: 'The file is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, da: 'Filtypen er ikke tilladt.', en: 'This file type is not allowed.' },
  PDF_UNAVAILABLE: {
    status: 503,
    da: 'PDF-udskrift er ikke tilgængelig lige nu (Chromium mangler eller svarer ikke). Brug den printbare side i stedet.',
    en: 'PDF printing is not available right now (Chromium is missing or not responding). Use the printable page instead.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    da: 'Databasen svarer ikke lige nu. Prøv igen om lidt.',
    en: 'The database is not answering right now. Try again shortly.',
  },
  IDENTITY_PROVIDER_UNAVAILABLE: {
    status: 502,
    da: 'Identitetsudbyderen svarer ikke lige nu. Prøv igen om lidt.',
    en: 'The identity provider is not answering right now. Try again shortly.',
  },
  INTERNAL: { status: 500, da: 'Der skete en fejl hos os. Prøv igen om lidt.', en: 'Something went wrong on our side. Try again shortly.' },
} as const satisfies Record<string, { status: number; da: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export interface Message {
  da: string;
  en: string;
}
/** Field path (dotted, e.g. `budgetLines.0.name`) → Danish message. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: Message;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, opts: { message?: Message; fields?: FieldErrors } = {}) {
    const entry = errorCatalogue[code];
    super(opts.message?.en ?? entry.en);
    this.code = code;
    this.status = entry.status;
    this.userMessage = opts.message ?? { da: entry.da, en: entry.en };
    this.fields = opts.fields;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
export const validationFailed = (fields: FieldErrors, message?: Message) => new AppError('VALIDATION_FAILED', { fields, message });
