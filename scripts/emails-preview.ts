/**
 * `npm run emails:preview`: renders every message in every language with its sample data
 * into emails/preview/ (git-ignored), as .html and .txt, plus an index.html to browse
 * them. The organisation (name, logo, address, colour) is read from the CMS database;
 * before the first `npm start` there is none yet, and the seed content stands in for it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { type Locale, localeNames, locales } from '../domain/locales'
import { emailCatalog, emailKinds } from '../emails/catalog'
import { escapeHtml } from '../emails/engine'
import { compileAll, type OrganisationBranding, renderEmail } from '../emails/render'

const outDir = path.resolve('emails', 'preview')

async function organisationFromCms(): Promise<((locale: Locale) => Promise<OrganisationBranding>) | undefined> {
  const { databaseUrl, usesPostgres } = await import('../cms/env')
  // Opening a SQLite file that is not there would create an empty one: leave that to `npm start`.
  if (!usesPostgres && !fs.existsSync(databaseUrl.replace(/^file:/, ''))) {
    console.log('(No CMS database yet: using the seed content for the organisation.)')
    return undefined
  }
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/payload.config')
    const { loadOrganisation } = await import('../cms/email/organisation')
    const payload = await getPayload({ config })
    await loadOrganisation(payload, 'nl')
    return async (locale) => (await loadOrganisation(payload, locale)).branding
  } catch (error) {
    console.log(`(No organisation in the CMS database: ${error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : error}. Using the seed content.)`)
    return undefined
  }
}

async function organisationFromSeed(): Promise<(locale: Locale) => Promise<OrganisationBranding>> {
  const { loadProfile } = await import('../cms/seed/profiles')
  const { publicSiteUrl } = await import('../cms/env')
  const { organisation } = await loadProfile('jrs-belgium')
  return async (locale) => ({
    name: organisation.name,
    shortName: organisation.shortName,
    brandColour: organisation.brandColour,
    addressLines: [
      organisation.address?.street,
      [organisation.address?.postalCode, organisation.address?.city?.[locale]].filter(Boolean).join(' '),
      organisation.address?.country?.[locale],
    ].filter((line): line is string => Boolean(line)),
    websiteUrl: `${publicSiteUrl}/${locale}/`,
  })
}

const organisationFor = (await organisationFromCms()) ?? (await organisationFromSeed())
await compileAll()
fs.rmSync(outDir, { recursive: true, force: true })
fs.mkdirSync(outDir, { recursive: true })

const rows: string[] = []
for (const kind of emailKinds) {
  const links: string[] = []
  for (const locale of locales) {
    const email = await renderEmail({ kind, locale, data: emailCatalog[kind].sample, organisation: await organisationFor(locale) })
    const base = `${kind}.${locale}`
    fs.writeFileSync(path.join(outDir, `${base}.html`), email.html)
    fs.writeFileSync(path.join(outDir, `${base}.txt`), `Subject: ${email.subject}\n\n${email.text}`)
    links.push(`<a href="${base}.html">${localeNames[locale]}</a> (<a href="${base}.txt">text</a>): ${escapeHtml(email.subject)}`)
  }
  rows.push(`<li><strong>${escapeHtml(emailCatalog[kind].label)}</strong><br>${links.join('<br>')}</li>`)
}
fs.writeFileSync(
  path.join(outDir, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Email previews</title><body style="font-family:sans-serif;max-width:52rem;margin:2rem auto;line-height:1.5"><h1>Email previews</h1><ul>${rows.join('\n')}</ul></body></html>\n`,
)
console.log(`Wrote ${emailKinds.length * locales.length} messages to ${path.relative(process.cwd(), outDir)}/ (open index.html).`)
process.exit(0)
