import fc from 'fast-check'
import type { Locale } from '../../../domain/locales'
import { executable } from './documents'
import { elfExecutable, encryptedPdf, headerOnlyPdf, scriptedPdfs, truncatedPdf, zipBombs } from './hostileFiles'

/**
 * Generated malformed requests for the public endpoints (see hostileInput.test.ts). Each
 * is built never to be a valid submission: at least one thing in it is wrong on purpose,
 * so any stored row or any 2xx from a form is the server's mistake, not the generator's.
 */
export type HostileRequest = {
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array | { multipart: [string, string | { bytes: Uint8Array; name: string }][] } | { streamedMegabytes: number }
  /** The language the answer must be in when the body is not read (Accept-Language, else Dutch). */
  browserLocale: Locale
  /** The language the form names for itself, when it does. */
  formLocale?: Locale
  /** What the answer must say, field by field, when the generator knows it exactly. */
  expectedErrors?: Record<string, 'fileType'>
}

const acceptLanguages: [string, Locale][] = [
  ['nl-BE,nl;q=0.9', 'nl'],
  ['fr-BE,fr;q=0.9,en;q=0.5', 'fr'],
  ['en-GB,en;q=0.9', 'en'],
  ['de-DE,de;q=0.9', 'nl'],
  ['*', 'nl'],
  ['fr;q=0, en;q=0.3', 'en'],
  ['zz;q=abc,,;;', 'nl'],
]

/** Who sends it and in which language: most from an address of their own (so the limits do not hide what is checked after them), some from one shared address. */
const sender = fc.record({
  language: fc.constantFrom(...acceptLanguages),
  from: fc.oneof({ weight: 4, arbitrary: fc.ipV4() }, { weight: 1, arbitrary: fc.constant('192.0.2.1') }, { weight: 1, arbitrary: fc.constantFrom('not-an-ip', '', '::ffff:1.2.3.4', '2001:db8::1, 10.0.0.1') }),
})

const markup = fc.constantFrom('<script>alert(1)</script>', 'Marie<img src=x onerror=alert(1)>', '</textarea><svg/onload=alert(1)>', 'javascript:alert(document.cookie)', '<!--', '<?xml version="1.0"?>', '<a href="https://evil.example">x</a>')
const forbiddenCodes = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => c !== 9 && c !== 10 && c !== 13), 0x7f, 0x85, 0x9b, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xd800, 0xdfff]
// Inside the text: at its very edge a vertical tab or form feed is whitespace, which the forms
// rightly trim away ("Name\v" is then a sound "Name", as a CI run found).
const invisible = fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...forbiddenCodes), fc.string({ maxLength: 20 })).map(([a, code, b]) => `x${a}${String.fromCharCode(code)}${b}x`)
const tooLong = fc.integer({ min: 1001, max: 40_000 }).chain((n) => fc.constantFrom('A'.repeat(n), 'é'.repeat(n), '😀'.repeat(n)))
const blank = fc.constantFrom('', ' ', '\u00a0', '\t\n ')
/** A value no text field takes. */
export const hostileText = fc.oneof(markup, invisible, tooLong, blank)
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }))
const hostileValue = fc.oneof(hostileText, wrongType)
const notALocale = fc.oneof(fc.string({ maxLength: 5 }).filter((s) => !['nl', 'fr', 'en'].includes(s)), wrongType)
const anyLocale = fc.constantFrom<Locale>('nl', 'fr', 'en')

/** A JSON object made from `valid` with 1 to 3 of `breakers` applied: never valid. */
function broken(valid: Record<string, unknown>, breakers: Record<string, fc.Arbitrary<unknown>>) {
  return fc
    .record({ locale: fc.oneof(anyLocale, notALocale), changes: fc.uniqueArray(fc.constantFrom(...Object.keys(breakers)), { minLength: 1, maxLength: 3 }).chain((keys) => fc.tuple(...keys.map((key) => breakers[key].map((value) => [key, value] as const)))) })
    .map(({ locale, changes }) => {
      const value: Record<string, unknown> = { ...valid, locale }
      for (const [key, change] of changes) {
        // defineProperty, so that a key like "__proto__" is sent as a key and not taken as a prototype.
        if (change === undefined) delete value[key]
        else Object.defineProperty(value, key, { value: change, enumerable: true, configurable: true, writable: true })
      }
      return value
    })
}

const deepJson = fc.integer({ min: 100, max: 200_000 }).chain((depth) =>
  fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `{"name":${'['.repeat(depth)}${']'.repeat(depth)},"locale":"fr"}`),
)
const malformedJson = fc.oneof(fc.string(), fc.constantFrom('', '{', '{"locale":"fr",', '[1,2', 'null', 'NaN', '{"a":1}}', '\ufeff{"locale":"en"}'), fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''))
const notUtf8 = fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => new Uint8Array([0x7b, 0xff, 0xfe, ...bytes]))
const wrongContentType = fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', 'application/jsonx')
/** Over every JSON form's limit (64 KiB): sent with a Content-Length, or streamed without one. */
const oversized = fc.oneof(
  fc.integer({ min: 65 * 1024, max: 3 * 1024 * 1024 }).map((size) => `{"name":"${'x'.repeat(size)}","locale":"en"}`),
  fc.integer({ min: 1, max: 40 }).map((streamedMegabytes) => ({ streamedMegabytes })),
)

type JsonForm = { path: string; breakers: Record<string, fc.Arbitrary<unknown>>; valid: Record<string, unknown> }

/** The locale a JSON body names, as the server would read it (a leading byte-order mark is dropped). */
function namedLocale(body: unknown): Locale | undefined {
  if (typeof body !== 'string') return undefined
  try {
    const locale = (JSON.parse(body.replace(/^\ufeff/, '')) as { locale?: unknown } | null)?.locale
    return ['nl', 'fr', 'en'].includes(locale as string) ? (locale as Locale) : undefined
  } catch {
    return undefined
  }
}

/** Requests to a JSON form: broken submissions, broken JSON, deep nesting, wrong types and content types, bodies too large. */
export function hostileJsonRequests({ path, breakers, valid }: JsonForm): fc.Arbitrary<HostileRequest> {
  const json = 'application/json'
  const body = fc.oneof(
    { weight: 6, arbitrary: broken(valid, breakers).map((value) => ({ body: JSON.stringify(value) as HostileRequest['body'], type: json })) },
    { weight: 2, arbitrary: malformedJson.map((text) => ({ body: text as HostileRequest['body'], type: 'application/json; charset=utf-8' })) },
    { weight: 1, arbitrary: deepJson.map((text) => ({ body: text as HostileRequest['body'], type: json })) },
    { weight: 1, arbitrary: notUtf8.map((bytes) => ({ body: bytes as HostileRequest['body'], type: json })) },
    { weight: 1, arbitrary: fc.tuple(broken(valid, breakers), wrongContentType).map(([value, type]) => ({ body: JSON.stringify(value) as HostileRequest['body'], type })) },
    { weight: 1, arbitrary: oversized.map((value) => ({ body: value as HostileRequest['body'], type: json })) },
  )
  return fc.tuple(sender, body).map(([{ language, from }, { body, type }]) => ({
    method: 'POST',
    path,
    headers: { ...(type ? { 'Content-Type': type } : {}), 'Accept-Language': language[0], 'X-Forwarded-For': from },
    body,
    browserLocale: language[1],
    formLocale: type.startsWith(json) ? namedLocale(body) : undefined,
  }))
}

export const giftBreakers = {
  name: hostileValue,
  email: fc.oneof(hostileValue, fc.constantFrom('a@', 'marie@example', 'marie@@example.be', `${'a'.repeat(250)}@example.be`)),
  amountCents: fc.oneof(wrongType.filter((v) => typeof v !== 'number'), fc.integer({ max: 499 }), fc.integer({ min: 100_000_001 }), fc.double({ noInteger: true }), fc.constantFrom(Number.MAX_VALUE, -0.5, 25.5)),
  frequency: fc.oneof(fc.string({ maxLength: 10 }).filter((s) => s !== 'once' && s !== 'monthly'), wrongType),
  tribute: fc.oneof(fc.record({ kind: fc.string({ maxLength: 8 }).filter((k) => k !== 'memory' && k !== 'honour'), name: fc.string() }), fc.record({ kind: fc.constant('memory'), name: hostileValue }), wrongType),
  taxCertificate: fc.record({ nationalRegisterNumber: fc.string(), street: hostileValue, postalCode: fc.string(), city: hostileValue }),
  ['__proto__']: fc.constant({ admin: true }),
  status: fc.constantFrom('paid', 'open'),
}

export const pledgeBreakers = {
  need: fc.oneof(fc.constantFrom(0, -1, 2_147_483_648, 1e21, 999_999, 1.5), wrongType.filter((v) => typeof v !== 'number')),
  quantity: fc.oneof(fc.constantFrom(0, -3, 1.5, 10_001, 1e300), wrongType.filter((v) => typeof v !== 'number')),
  name: hostileValue,
  email: fc.oneof(hostileValue, fc.constant('nope@')),
  consent: fc.constantFrom(false, 'true', 1, null, undefined),
  message: fc.oneof(markup, invisible, tooLong, wrongType),
  phone: fc.oneof(hostileText.filter((t) => t.trim() !== ''), fc.constantFrom('call me', '+32 <b>')),
  expectedDate: fc.constantFrom('2026-02-30', 'tomorrow', '1999-01-01', '9999-12-31', '2026-13-01T00:00'),
  status: fc.constant('received'),
}

/** Files that must never be stored as a CV, under names that try to climb out of their folder or hide their kind. */
const hostileFiles = [
  () => new Uint8Array([0x25]),
  () => new Uint8Array([0x25, 0x50]),
  () => new Uint8Array([0x50, 0x4b, 0x03]),
  headerOnlyPdf,
  truncatedPdf,
  encryptedPdf,
  executable,
  elfExecutable,
  ...Object.values(scriptedPdfs),
  ...Object.values(zipBombs).flatMap((bomb) => [() => bomb('docx'), () => bomb('odt')]),
].map((make) => make())
/** A name the form takes for a document: one of its extensions, at most 200 characters. */
const documentName = (name: string) => /\.(pdf|docx|odt)$/i.test(name) && name.length <= 200
const hostileNames = fc.constantFrom('cv.pdf', 'Mon CV.docx', 'cv.odt', '../../../../etc/passwd.pdf', '..\\..\\windows\\cv.docx', 'cv\u0000.pdf', 'c\u0000v.odt', 'cv\u202efdp.exe', '/tmp/cv.pdf', `${'a'.repeat(300)}.pdf`, 'cv.exe', '')
export const hostileFile = fc.record({ bytes: fc.constantFrom(...hostileFiles), name: hostileNames })

export type ApplicationTemplate = { role: string; hostRole: string }

/** Requests to the application form: valid fields with hostile files, broken fields, broken multipart, bodies too large. */
export function hostileApplications({ role, hostRole }: ApplicationTemplate): fc.Arbitrary<HostileRequest> {
  const fields = (locale: string): [string, string][] => [
    ['role', role], ['track', 'standard'], ['locale', locale], ['name', 'Amina Diallo'], ['email', 'amina@example.org'], ['phone', '+32 470 12 34 56'],
    ['preferredLanguage', 'fr'], ['town', 'Brussel'], ['languages.0.language', 'Français'], ['languages.0.level', 'native'], ['hoursPerWeek', '8'], ['motivation', 'Je veux aider.'], ['consent', 'true'],
  ]
  const fieldBreakers = fc.dictionary(
    fc.constantFrom('role', 'name', 'email', 'phone', 'town', 'motivation', 'hoursPerWeek', 'languages.0.level', 'languages.0.language', 'consent', 'track', 'website', 'centres', 'otherRoles', 'heardFrom'),
    fc.oneof(hostileText, fc.constantFrom('1\u0000', '99999999999', 'x', '-1', '', 'expert', 'hosting', 'off')),
    { minKeys: 1, maxKeys: 3 },
  )
  const withFiles = fc.record({
    locale: fc.oneof({ weight: 4, arbitrary: anyLocale }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }),
    breakers: fc.oneof(fc.constant({}), fieldBreakers),
    cv: fc.option(hostileFile, { nil: undefined, freq: 6 }),
    motivationFile: fc.option(hostileFile, { nil: undefined }),
    host: fc.constantFrom(false, false, false, true),
  })
  // A sound visiting form whose files carry a document's name, drawn on its own so that about a third of the
  // requests reach the content check (left to chance among the others, a run could draw too few of them).
  const documentFile = hostileFile.filter(({ name }) => documentName(name))
  const soundFormWithHostileFiles = fc.record({
    locale: anyLocale,
    breakers: fc.constant({}),
    cv: documentFile,
    motivationFile: fc.option(documentFile, { nil: undefined }),
    host: fc.constant(false),
  })
  const multipart = fc
    .oneof(
      { weight: 1, arbitrary: soundFormWithHostileFiles },
      // Never valid: a hosting form always has a broken field; a visiting one a broken field or a hostile CV (or none).
      { weight: 2, arbitrary: withFiles.filter(({ breakers, host }) => !host || Object.keys(breakers).length > 0) },
    )
    .map(({ locale, breakers, cv, motivationFile, host }) => {
      const parts: [string, string | { bytes: Uint8Array; name: string }][] = fields(locale)
        .filter(([key]) => !(key in breakers))
        .map(([key, value]) => [key, host && key === 'role' ? hostRole : host && key === 'track' ? 'hosting' : value])
      for (const [key, value] of Object.entries(breakers)) parts.push([key, value])
      if (cv) parts.push(['cv', cv])
      if (motivationFile) parts.push(['motivationFile', motivationFile])
      // A sound form whose files carry a document's name: only their content can refuse them.
      const onlyTheFiles = !host && Object.keys(breakers).length === 0 && ['nl', 'fr', 'en'].includes(locale) && cv && documentName(cv.name) && (!motivationFile || documentName(motivationFile.name))
      const expectedErrors = onlyTheFiles ? { cv: 'fileType' as const, ...(motivationFile ? { motivationFile: 'fileType' as const } : {}) } : undefined
      return { body: { multipart: parts }, type: undefined as string | undefined, formLocale: locale, expectedErrors }
    })
  const garbage = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ body: bytes, type: 'multipart/form-data; boundary=----x' })),
    fc.string().map((text) => ({ body: `------x\r\nContent-Disposition: form-data; name="locale"\r\n\r\nfr\r\n${text}`, type: 'multipart/form-data; boundary=----x' })),
    fc.constantFrom({ body: 'locale=fr&name=x', type: 'multipart/form-data' }, { body: '{"locale":"fr"}', type: 'application/json' }, { body: 'locale=fr', type: 'application/x-www-form-urlencoded' }),
    fc.integer({ min: 12, max: 40 }).map((streamedMegabytes) => ({ body: { streamedMegabytes }, type: 'multipart/form-data; boundary=----x' })),
    fc.constant({ body: new Uint8Array(12 * 1024 * 1024), type: 'multipart/form-data; boundary=----x' }),
  ).map((value) => ({ ...value, formLocale: undefined as string | undefined, expectedErrors: undefined }))
  return fc.tuple(sender, fc.oneof({ weight: 5, arbitrary: multipart }, { weight: 2, arbitrary: garbage })).map(([{ language, from }, { body, type, formLocale, expectedErrors }]) => ({
    method: 'POST',
    path: '/api/volunteer-applications',
    headers: { ...(type ? { 'Content-Type': type } : {}), 'Accept-Language': language[0], 'X-Forwarded-For': from },
    body,
    browserLocale: language[1],
    formLocale: ['nl', 'fr', 'en'].includes(formLocale as string) ? (formLocale as Locale) : undefined,
    expectedErrors,
  }))
}

/** Requests to the read-only endpoints and the webhook: odd queries, odd headers, odd methods, odd bodies. */
export function hostileReads(
  path: string,
  { methods = ['GET'] as string[], query = fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 }), { maxKeys: 5 }), contentTypes = ['application/json', 'text/plain', 'multipart/form-data'] } = {},
): fc.Arbitrary<HostileRequest> {
  const headers = fc.record(
    {
      Authorization: fc.constantFrom('JWT not.a.token', 'Bearer x', 'users API-Key 00000000-0000-0000-0000-000000000000', 'Basic Og=='),
      Cookie: fc.constantFrom('payload-token=garbage', 'payload-token=', `payload-token=${'a'.repeat(3000)}`),
      'Stripe-Signature': fc.oneof(fc.string({ maxLength: 100 }), fc.integer().map((t) => `t=${t},v1=${'0'.repeat(64)}`)),
      'Content-Type': fc.constantFrom(...contentTypes),
    },
    { requiredKeys: [] },
  )
  const body = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''), fc.integer({ min: 3, max: 20 }).map((streamedMegabytes) => ({ streamedMegabytes })))
  return fc.tuple(sender, fc.constantFrom(...methods), query, headers, body).map(([{ language, from }, method, params, extra, payload]) => ({
    method,
    path: `${path}?${new URLSearchParams(params)}`,
    headers: { ...extra, 'Accept-Language': language[0], 'X-Forwarded-For': from },
    body: method === 'GET' || method === 'HEAD' ? undefined : payload,
    browserLocale: language[1],
  }))
}
