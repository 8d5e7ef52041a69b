import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '../../domain/locales'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { ensureLocalStaffAccounts, localStaffAccounts } from '../../cms/seed/staffAccounts'
import { startTestCms, type TestCms } from './support/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('seeding the JRS Belgium profile', () => {
  it('fills an empty database with published content in all three languages', async () => {
    const { payload } = cms
    expect(await seedProfile(payload, await loadProfile('jrs-belgium'))).toBe('seeded')

    const organisation = await payload.findGlobal({ slug: 'organisation', locale: 'all', overrideAccess: false })
    expect(organisation.name).toBe('Jesuit Refugee Service Belgium')
    expect(organisation.fundraising?.goalEuros).toBe(150_000)
    expect(organisation.fundraising?.year).toBe(new Date().getFullYear())
    const taxSettings = await payload.findGlobal({ slug: 'tax-certificate-settings', overrideAccess: true })
    expect(taxSettings.approved).toBe(false)
    expect(taxSettings.minimumCents).toBe(4000)
    expect(taxSettings.reductionRates?.map(({ year, percent }) => [year, percent])).toEqual([[2024, 45], [2025, 30], [2026, 30]])
    expect(organisation.bankAccount?.iban ?? '').toBe('')

    const programmes = await payload.find({ collection: 'programmes', locale: 'all', overrideAccess: false, sort: 'order' })
    expect(programmes.docs).toHaveLength(4)
    for (const programme of programmes.docs) {
      const title = programme.title as unknown as Record<string, string>
      const slug = programme.slug as unknown as Record<string, string>
      for (const locale of locales) {
        expect(title[locale], `${locale} title`).toBeTruthy()
        expect(slug[locale], `${locale} slug`).toMatch(/^[a-z0-9-]+$/)
      }
    }
    expect(new Set(programmes.docs.map((p) => (p.title as unknown as Record<string, string>).fr)).size).toBe(4)

    const purposes = (await payload.find({ collection: 'pages', overrideAccess: false, pagination: false })).docs.map((p) => p.purpose)
    expect(purposes).toEqual(expect.arrayContaining(['home', 'about', 'contact', 'privacy']))

    // The seeded articles' sources give no date: none is invented (the day of seeding least of all).
    const news = await payload.find({ collection: 'news', overrideAccess: false, pagination: false })
    expect(news.docs.length).toBeGreaterThan(0)
    expect(news.docs.map((article) => article.publishedAt ?? null)).toEqual(news.docs.map(() => null))
  })

  it('is safe to run twice: the second run changes nothing', async () => {
    const { payload } = cms
    const before = await payload.count({ collection: 'pages' })
    expect(await seedProfile(payload, await loadProfile('jrs-belgium'))).toBe('skipped')
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(before.totalDocs)
  })

  it('creates one local account per staff role, once', async () => {
    const { payload } = cms
    expect(await ensureLocalStaffAccounts(payload)).toBe(localStaffAccounts.length)
    expect(await ensureLocalStaffAccounts(payload)).toBe(0)
    const admin = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } })
    expect(admin.docs[0].roles).toEqual(['administrator'])
  })

  it('refuses an unknown profile by name', async () => {
    await expect(loadProfile('nonexistent')).rejects.toThrow(/Unknown content profile/)
  })
})
