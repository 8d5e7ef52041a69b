import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { type Locale, locales } from '../../domain/locales'
import type { Localized, SeedBlock, SeedLink, SeedPage, SeedProfile } from './profile'
import { seedNeeds } from './needs'
import { seedVolunteerRoles } from './volunteerRoles'
import { MarkdownConverter } from './richText'
import { seedTaxCertificateSettings } from './taxCertificateSettings'

type Refs = { pages: Map<string, number | string>; programmes: Map<string, number | string>; news: Map<string, number | string> }
type Row = { id: string }

/**
 * Loads a content profile into an empty database, in every language, published.
 * A database that already has pages is left alone, so running the seed twice is safe.
 */
export async function seedProfile(payload: Payload, profile: SeedProfile): Promise<'seeded' | 'skipped'> {
  const existing = await payload.count({ collection: 'pages', overrideAccess: true })
  if (existing.totalDocs > 0) return 'skipped'

  const markdown = await MarkdownConverter.forConfig(payload.config)
  const refs: Refs = { pages: new Map(), programmes: new Map(), news: new Map() }

  await seedOrganisation(payload, profile)
  if (profile.giving) await seedGiving(payload, profile.giving)
  await seedTaxCertificateSettings(payload)
  if (profile.needs) await seedNeeds(payload, profile.needs)
  if (profile.volunteerRoles) await seedVolunteerRoles(payload, profile.volunteerRoles, markdown)

  for (const programme of profile.programmes) {
    const id = await createLocalized(payload, 'programmes', (locale) => ({
      title: programme.title[locale],
      slug: programme.slug[locale],
      summary: programme.summary[locale],
      body: markdown.toRichText(programme.body[locale]),
      contactEmail: programme.contactEmail,
      order: programme.order,
    }))
    refs.programmes.set(programme.key, id)
  }

  for (const article of profile.news) {
    const id = await createLocalized(payload, 'news', (locale) => ({
      // null, not undefined: the field's default (today) would otherwise date the news to the seeding.
      publishedAt: article.publishedAt ?? null,
      title: article.title[locale],
      slug: article.slug[locale],
      summary: article.summary[locale],
      body: markdown.toRichText(article.body[locale]),
    }))
    refs.news.set(article.key, id)
  }

  for (const partner of profile.partners) {
    await createLocalized(payload, 'partners', (locale) => ({
      name: partner.name[locale],
      description: partner.description?.[locale],
      url: partner.url,
      order: partner.order,
    }))
  }

  // Pages link to each other: create each once every page it links to exists.
  const pending = [...profile.pages]
  while (pending.length > 0) {
    const ready = pending.findIndex((page) => linkedPageKeys(page).every((key) => refs.pages.has(key)))
    if (ready === -1) throw new Error(`Pages link to each other in a circle: ${pending.map((p) => p.key).join(', ')}`)
    const [page] = pending.splice(ready, 1)
    const layout = page.layout.map((block) => ({ block, id: rowId(), rows: rowIdsFor(block) }))
    const id = await createLocalized(payload, 'pages', (locale) => ({
      title: page.title[locale],
      slug: page.slug[locale],
      purpose: page.purpose,
      summary: page.summary?.[locale],
      layout: layout.map(({ block, id, rows }) => blockData(block, id, rows, locale, refs, markdown)),
    }))
    refs.pages.set(page.key, id)
  }

  const headerRows = profile.header.map(() => rowId())
  const footerRows = profile.footer.links.map(() => rowId())
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'header',
      locale,
      data: { _status: 'published', navItems: profile.header.map((link, i) => ({ id: headerRows[i], link: linkData(link, locale, refs) })) },
    })
    await payload.updateGlobal({
      slug: 'footer',
      locale,
      data: {
        _status: 'published',
        navItems: profile.footer.links.map((link, i) => ({ id: footerRows[i], link: linkData(link, locale, refs) })),
        note: profile.footer.note?.[locale],
      },
    })
  }
  return 'seeded'
}

async function seedOrganisation(payload: Payload, { organisation: o }: SeedProfile) {
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'organisation',
      locale,
      data: {
        _status: 'published',
        name: o.name,
        shortName: o.shortName,
        tagline: o.tagline?.[locale],
        description: o.description[locale],
        brandColour: o.brandColour,
        registeredSince: o.registeredSince?.[locale],
        address: { street: o.address?.street, postalCode: o.address?.postalCode, city: o.address?.city?.[locale], country: o.address?.country?.[locale] },
        phone: o.phone,
        emails: o.emails ?? {},
        fundraising: o.fundraisingGoalEuros ? { goalEuros: o.fundraisingGoalEuros, year: new Date().getFullYear() } : {},
      },
    })
  }
}

async function seedGiving(payload: Payload, giving: NonNullable<SeedProfile['giving']>) {
  const rows = giving.presetAmounts.map(() => rowId())
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'giving',
      locale,
      data: {
        _status: 'published',
        minimumEuros: giving.minimumEuros,
        maximumEuros: giving.maximumEuros,
        feeCoverPercent: giving.feeCoverPercent,
        presetAmounts: giving.presetAmounts.map((preset, i) => ({ id: rows[i], amountEuros: preset.amountEuros, frequency: preset.frequency, impact: preset.impact?.[locale] })),
      },
    })
  }
}

/** Creates the Dutch version, then adds French and English to the same document. */
async function createLocalized(
  payload: Payload,
  collection: 'pages' | 'programmes' | 'news' | 'partners',
  dataFor: (locale: Locale) => Record<string, unknown>,
): Promise<number | string> {
  const [first, ...others] = locales
  const doc = await payload.create({ collection, locale: first, data: { ...dataFor(first), _status: 'published' } as never })
  for (const locale of others) {
    await payload.update({ collection, id: doc.id, locale, data: { ...dataFor(locale), _status: 'published' } as never })
  }
  return doc.id
}

function linkData(link: SeedLink, locale: Locale, refs: Refs) {
  const label = link.label[locale]
  if ('url' in link.to) return { type: 'external' as const, url: link.to.url, label }
  const id = refs[link.to.collection].get(link.to.key)
  if (id === undefined) throw new Error(`Seed link to unknown ${link.to.collection} "${link.to.key}"`)
  return { type: 'internal' as const, reference: { relationTo: link.to.collection, value: id } as { relationTo: 'pages'; value: number }, label }
}

function linkedPageKeys(page: SeedPage): string[] {
  const links: SeedLink[] = page.layout.flatMap((block) => {
    if (block.blockType === 'hero') return block.actions ?? []
    if (block.blockType === 'callToAction') return block.items.map((item) => item.link)
    if (block.blockType === 'fundraisingProgress') return block.action ? [block.action] : []
    return []
  })
  return links.flatMap((link) => ('collection' in link.to && link.to.collection === 'pages' ? [link.to.key] : []))
}

/** Array rows keep one id across languages, so each language fills the same row. */
function rowIdsFor(block: SeedBlock): string[] {
  const count =
    block.blockType === 'hero' ? (block.actions?.length ?? 0)
    : block.blockType === 'callToAction' ? block.items.length
    : block.blockType === 'keyFigures' ? block.figures.length
    : block.blockType === 'faq' ? block.questions.length
    : 0
  return Array.from({ length: count }, rowId)
}

function blockData(block: SeedBlock, id: string, rows: string[], locale: Locale, refs: Refs, markdown: MarkdownConverter) {
  const l = (value: Localized | undefined) => value?.[locale]
  switch (block.blockType) {
    case 'hero':
      return { id, blockType: 'hero', heading: l(block.heading), text: l(block.text), actions: (block.actions ?? []).map((link, i) => ({ id: rows[i], link: linkData(link, locale, refs) })) }
    case 'content':
      return { id, blockType: 'content', heading: l(block.heading), body: markdown.toRichText(block.body[locale]) }
    case 'callToAction':
      return { id, blockType: 'callToAction', items: block.items.map((item, i) => ({ id: rows[i], heading: l(item.heading), text: l(item.text), link: linkData(item.link, locale, refs) })) }
    case 'keyFigures':
      return { id, blockType: 'keyFigures', heading: l(block.heading), figures: block.figures.map((f, i) => ({ id: rows[i], value: l(f.value), label: l(f.label) })) }
    case 'faq':
      return { id, blockType: 'faq', heading: l(block.heading), questions: block.questions.map((q, i) => ({ id: rows[i], question: l(q.question), answer: markdown.toRichText(q.answer[locale]) })) }
    case 'fundraisingProgress':
      return { id, blockType: 'fundraisingProgress', heading: l(block.heading), text: l(block.text), action: block.action ? linkData(block.action, locale, refs) : undefined }
    case 'latestNews':
      return { id, blockType: 'latestNews', heading: l(block.heading), count: block.count }
    case 'programmesList':
    case 'partnersList':
      return { id, blockType: block.blockType, heading: l(block.heading), intro: l(block.intro) }
    case 'contactDetails':
      return { id, blockType: 'contactDetails', heading: l(block.heading) }
  }
}

function rowId(): Row['id'] {
  return randomBytes(12).toString('hex')
}
