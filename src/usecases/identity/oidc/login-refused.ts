import { AppError } from '../../../errors.js';

/**
 * A callback that cannot be trusted: unknown, used or expired state, a nonce or PKCE mismatch, a token
 * the provider did not sign. One Danish answer for all, so a forger learns nothing about which check failed.
 */
export const loginRefused = () =>
  new AppError('BAD_REQUEST', {
    message: {
      da: 'Login blev afvist: svaret fra identitetsudbyderen var ugyldigt, allerede brugt eller udløbet. Start forfra med "Log ind med" din organisation.',
      en: 'Login refused: the answer from the identity provider was invalid, already used or expired. Start again.',
    },
  });
