import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '../cms/paths'
import { type Locale, locales } from '../domain/locales'
import { type EmailKind, emailCatalog, emailKinds } from './catalog'
import { escapeHtml, fillTemplate, htmlFormat, parseTemplate, substitute, type Template, textFormat, type Values } from './engine'
import { commonWords } from './messages/common'

export const templatesDir = path.join(projectRoot, 'emails', 'templates')

/**
 * The organisation as an email shows it, read from the CMS's `organisation` global by the
 * caller: nothing of it is written in the templates.
 */
export const organisationBranding = z.object({
  name: z.string().trim().min(1),
  shortName: z.string().trim().optional(),
  logoUrl: z.url({ protocol: /^https?$/ }).optional(),
  brandColour: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  addressLines: z.array(z.string().trim().min(1)).default([]),
  websiteUrl: z.url({ protocol: /^https?$/ }),
})
export type OrganisationBranding = z.input<typeof organisationBranding>

export type RenderedEmail = { subject: string; html: string; text: string }

type CompiledMessage = { subject: Template; html: Template; text: Template }

/**
 * Templates use this colour where the organisation's brand colour goes: MJML checks
 * colour attributes, so a placeholder cannot stand there during compilation.
 */
const brandColourStandIn = /#01fe02/gi
/** Neutral, for an organisation that has not set its colour yet. */
const neutralColour = '#333333'

// Loaded from disk at run time rather than bundled: MJML's dependencies do not survive a Next.js bundle.
const requireFromRoot = createRequire(path.join(projectRoot, 'package.json'))
let mjml: typeof import('mjml') | undefined

const compiled = new Map<string, Promise<CompiledMessage>>()

/** Compiles a message's MJML once per language; later calls get the same compiled result. */
export function compileMessage(kind: EmailKind, locale: Locale): Promise<CompiledMessage> {
  const key = `${kind}:${locale}`
  let entry = compiled.get(key)
  if (!entry) {
    entry = compile(kind, locale)
    // A failed compile (a template being edited) is tried again on the next message.
    entry.catch(() => compiled.delete(key))
    compiled.set(key, entry)
  }
  return entry
}

/** Compiles everything up front (previews, benchmark, tests). */
export async function compileAll(): Promise<void> {
  await Promise.all(emailKinds.flatMap((kind) => locales.map((locale) => compileMessage(kind, locale))))
}

async function compile(kind: EmailKind, locale: Locale): Promise<CompiledMessage> {
  const message = emailCatalog[kind]
  const words: Record<string, string> = { lang: locale }
  for (const [name, value] of Object.entries(message.words[locale])) words[`t.${name}`] = value
  for (const [name, value] of Object.entries(commonWords[locale])) words[`c.${name}`] = value

  const mjmlPath = path.join(templatesDir, `${kind}.mjml`)
  const mjmlSource = substitute(await withIncludes(mjmlPath), words, escapeHtml)
  mjml ??= requireFromRoot('mjml') as typeof import('mjml')
  const result = await mjml(mjmlSource, { validationLevel: 'strict', filePath: mjmlPath, keepComments: false })
  if (result.errors.length) throw new Error(`${kind}.mjml: ${result.errors.map((error) => error.formattedMessage).join('; ')}`)
  const html = result.html.replace(brandColourStandIn, '{{org.colour}}')

  const textSource = substitute(
    `${await fs.readFile(path.join(templatesDir, `${kind}.txt`), 'utf8')}\n${await fs.readFile(path.join(templatesDir, 'partials', 'footer.txt'), 'utf8')}`,
    words,
    (value) => value,
  )
  const templates = {
    subject: parseTemplate(message.words[locale].subject!, `${kind} subject (${locale})`),
    html: parseTemplate(html, `${kind}.mjml (${locale})`),
    text: parseTemplate(textSource, `${kind}.txt (${locale})`),
  }
  for (const [part, template] of Object.entries(templates)) {
    const unknown = [...template.keys].filter((name) => /^[tc]\./.test(name))
    if (unknown.length) throw new Error(`${kind} ${part} (${locale}) uses words that do not exist: ${unknown.join(', ')}`)
  }
  return templates
}

/**
 * MJML resolves <mj-include> itself, but only after our words are in: the partials would
 * keep their word placeholders. So includes are inlined first, relative to the file.
 */
async function withIncludes(file: string, depth = 0): Promise<string> {
  if (depth > 5) throw new Error(`${file}: includes nested too deeply.`)
  const source = await fs.readFile(file, 'utf8')
  const parts: string[] = []
  let last = 0
  for (const match of source.matchAll(/<mj-include\s+path="([^"]+)"\s*\/>/g)) {
    parts.push(source.slice(last, match.index), await withIncludes(path.resolve(path.dirname(file), match[1]!), depth + 1))
    last = match.index + match[0].length
  }
  parts.push(source.slice(last))
  return parts.join('')
}

export function organisationValues(organisation: OrganisationBranding): Values {
  const org = organisationBranding.parse(organisation)
  return {
    'org.name': org.name,
    'org.shortName': org.shortName || org.name,
    'org.logoUrl': org.logoUrl ?? '',
    'org.colour': org.brandColour ?? neutralColour,
    'org.address': org.addressLines,
    'org.website': org.websiteUrl,
  }
}

/** Fills a compiled message. Synchronous and allocation-light: this is the hot path. */
export function fillMessage(compiledMessage: CompiledMessage, values: Values): RenderedEmail {
  return {
    // A subject is one header line: no line breaks whatever a visitor typed.
    subject: fillTemplate(compiledMessage.subject, values, textFormat).replace(/\s+/g, ' ').trim(),
    html: fillTemplate(compiledMessage.html, values, htmlFormat),
    text: fillTemplate(compiledMessage.text, values, textFormat),
  }
}

export type RenderRequest = { kind: EmailKind; locale: Locale; data: unknown; organisation: OrganisationBranding }

/** Validates the data (throws a ZodError when it is not right) and renders subject, HTML and text. */
export async function renderEmail({ kind, locale, data, organisation }: RenderRequest): Promise<RenderedEmail> {
  const values = { ...emailCatalog[kind].valuesFor(data, locale), ...organisationValues(organisation) }
  return fillMessage(await compileMessage(kind, locale), values)
}
