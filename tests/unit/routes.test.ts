import { describe, expect, it } from 'vitest'
import type { SiteContent } from '../../site/lib/cms'
import { resolveLink } from '../../site/lib/links'
import { buildRouteTable } from '../../site/lib/routes'

const content = (overrides: Partial<SiteContent> = {}): SiteContent => ({
  organisation: { id: 1, name: 'Org' },
  header: { id: 1 },
  footer: { id: 1 },
  pages: [
    { id: 1, purpose: 'home', slug: { nl: 'home', fr: 'accueil', en: 'home' } },
    { id: 2, purpose: 'about', slug: { nl: 'over-ons', fr: 'a-propos', en: 'about' } },
  ],
  programmes: [{ id: 7, slug: { nl: 'detentiebezoeken', fr: 'visites-en-detention', en: null } }],
  news: [],
  partners: [],
  media: [],
  redirects: [],
  giving: { id: 1 },
  progress: { goalCents: 0, raisedCents: 0, donors: 0, currency: 'EUR', year: 2026 },
  givingMode: 'demo',
  cmsUrl: 'http://localhost:3000',
  ...overrides,
})

describe('the route table', () => {
  const table = buildRouteTable(content())

  it('gives each document a localized address in each language', () => {
    expect(table.pathOf('pages', 2, 'fr')).toBe('/fr/a-propos/')
    expect(table.pathOf('programmes', 7, 'nl')).toBe('/nl/projecten/detentiebezoeken/')
    expect(table.pathOf('pages', 1, 'en')).toBe('/en/')
  })

  it('uses the Dutch slug where a translation has none', () => {
    expect(table.pathOf('programmes', 7, 'en')).toBe('/en/projects/detentiebezoeken/')
  })

  it('knows the alternates of every route, for the switcher and hreflang', () => {
    const route = table.find('/fr/projets/visites-en-detention/')!
    expect(route.alternates).toEqual({ nl: '/nl/projecten/detentiebezoeken/', fr: '/fr/projets/visites-en-detention/', en: '/en/projects/detentiebezoeken/' })
    expect(table.find('/en/news/')?.kind).toBe('newsIndex')
  })

  it('refuses two documents at one address', () => {
    const clash = content({ pages: [...content().pages, { id: 3, purpose: 'general', slug: { nl: 'projecten', fr: 'x', en: 'y' } }] })
    expect(() => buildRouteTable(clash)).toThrow(/Two documents want the address \/nl\/projecten\//)
  })

  it('resolves CMS links to addresses, and drops links to unpublished documents', () => {
    const label = { nl: 'Over ons', fr: 'À propos', en: 'About' }
    expect(resolveLink({ type: 'internal', reference: { relationTo: 'pages', value: { id: 2 } }, label }, 'fr', table)).toEqual({
      href: '/fr/a-propos/',
      label: { value: 'À propos', lang: 'fr' },
      external: false,
    })
    expect(resolveLink({ type: 'internal', reference: { relationTo: 'pages', value: 99 }, label }, 'fr', table)).toBeUndefined()
    expect(resolveLink({ type: 'external', url: 'mailto:a@example.org', label }, 'en', table)?.href).toBe('mailto:a@example.org')
  })
})
