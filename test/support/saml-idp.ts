/**
 * A SAML identity provider for tests: reads our signed AuthnRequest from the redirect URL and builds a
 * SAML Response whose assertion it signs with xml-crypto (RSA-SHA256 by default, RSASSA-PSS or SHA-1 on
 * request), as KOMBIT's Context Handler would, including the base64 privileges attribute (OIOSAML bpp).
 * The key pairs are committed test-only fixtures (test/fixtures/saml/README.md).
 */
import { createVerify, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/saml/${name}`, import.meta.url), 'utf8');

export interface TestIdp {
  entityId: string;
  ssoUrl: string;
  certificate: string;
  privateKey: string;
}

/** The IdP ('idp', or 'other-idp' for another organisation's) with its key pair. */
export function testIdp(which: 'idp' | 'other-idp' = 'idp', entityId = `https://saml.${which}.test/entity`): TestIdp {
  return { entityId, ssoUrl: `https://saml.${which}.test/sso`, certificate: fixture(`${which}-cert.pem`), privateKey: fixture(`${which}-key.pem`) };
}
/** Our (the SP's) test key pair, for the provider row. */
export const testSp = () => ({ certificate: fixture('sp-cert.pem'), privateKey: fixture('sp-key.pem') });

export interface ReadAuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  destination: string;
  sigAlg: string;
  /** The redirect binding's signature verifies with this certificate. */
  signatureValidWith(certificate: string): boolean;
}

/** Decode the HTTP-Redirect AuthnRequest (deflated, base64) and its query signature. */
export function readAuthnRequest(redirectUrl: string): ReadAuthnRequest {
  const url = new URL(redirectUrl);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
  const attr = (name: string) => xml.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? '';
  const rawQuery = url.search.slice(1);
  const signedPart = rawQuery.slice(0, rawQuery.indexOf('&Signature='));
  return {
    id: attr('ID'),
    issuer: xml.match(/<saml:Issuer[^>]*>([^<]*)</)?.[1] ?? '',
    acsUrl: attr('AssertionConsumerServiceURL'),
    destination: attr('Destination'),
    sigAlg: url.searchParams.get('SigAlg') ?? '',
    signatureValidWith: (certificate) =>
      createVerify('RSA-SHA256')
        .update(signedPart)
        .verify(certificate, url.searchParams.get('Signature') ?? '', 'base64'),
  };
}

/** Base64 XML in the basic privilege profile: each privilege in a group scoped to a CVR number. */
export function privilegesAttribute(privileges: string[], cvr = '29189404'): string {
  const items = privileges.map((p) => `<Privilege>${escape(p)}</Privilege>`).join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${cvr}">${items}` +
    `<Constraint Name="http://sts.kombit.dk/constraints/KLE/1">27.*</Constraint></PrivilegeGroup></bpp:PrivilegeList>`;
  return Buffer.from(xml, 'utf8').toString('base64');
}

const ALGORITHMS = {
  'rsa-sha256': 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  pss: 'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1',
  'rsa-sha1': 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
} as const;

export interface ResponseOptions {
  inResponseTo?: string | null;
  /** Our entity id (the audience) and ACS URL. */
  audience: string;
  acsUrl: string;
  nameId?: string;
  /** Attribute name → values. */
  attributes?: Record<string, string[]>;
  /** Defaults: now − 1 minute … now + 5 minutes. */
  notBefore?: Date;
  notOnOrAfter?: Date;
  issuer?: string;
  algorithm?: keyof typeof ALGORITHMS;
  /** Change the signed XML after signing (a tampered response). */
  tamper?: (xml: string) => string;
}

/** A SAML Response (the form's base64 `SAMLResponse`) whose assertion is signed by `idp`. */
export function samlResponse(idp: TestIdp, o: ResponseOptions): string {
  const now = new Date();
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const notBefore = iso(o.notBefore ?? new Date(now.getTime() - 60_000));
  const notOnOrAfter = iso(o.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000));
  const issuer = escape(o.issuer ?? idp.entityId);
  const inResponseTo = o.inResponseTo ? ` InResponseTo="${escape(o.inResponseTo)}"` : '';
  const assertionId = `_a${randomBytes(16).toString('hex')}`;
  const attributes = Object.entries(o.attributes ?? {})
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${escape(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
        values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${escape(v)}</saml:AttributeValue>`).join('') +
        `</saml:Attribute>`,
    )
    .join('');
  const xml =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `ID="_r${randomBytes(16).toString('hex')}" Version="2.0" IssueInstant="${iso(now)}" Destination="${escape(o.acsUrl)}"${inResponseTo}>` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="${assertionId}" Version="2.0" IssueInstant="${iso(now)}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${escape(o.nameId ?? 'kombit-user-1')}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${escape(o.acsUrl)}"${inResponseTo}/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${escape(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:X509</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`;

  const algorithm = o.algorithm ?? 'rsa-sha256';
  const sha1 = algorithm === 'rsa-sha1';
  const sig = new SignedXml({
    privateKey: idp.privateKey,
    publicCert: idp.certificate,
    signatureAlgorithm: ALGORITHMS[algorithm],
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "//*[local-name(.)='Assertion']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: sha1 ? 'http://www.w3.org/2000/09/xmldsig#sha1' : 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' } });
  const signed = o.tamper ? o.tamper(sig.getSignedXml()) : sig.getSignedXml();
  return Buffer.from(signed, 'utf8').toString('base64');
}

function escape(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
