import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, roleId, solvedProof, stopCrons } from './support/volunteering'

/**
 * The admin's dashboard, "what needs doing": each role sees its own section, read with its
 * own access (no role sees another's private data), and everyone sees the settings a flow
 * needs that are empty, with the way to fill them in.
 */
let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let payload: Payload
const users = {} as Record<Role, TypedUser>
let dashboardModule: typeof import('../../cms/dashboard/index')
let view: typeof import('../../cms/components/dashboard/DashboardView')

const year = new Date().getUTCFullYear()
const day = 86_400_000

async function organisation(data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: 'organisation', data: data as never, overrideAccess: true })
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  await seedProfile(payload, await loadProfile('jrs-belgium'))
  for (const role of ['administrator', 'communication-officer', 'volunteer-coordinator', 'finance', 'goods'] as const) {
    const user = await payload.create({ collection: 'users', data: { email: `${role}@dashboard.test`, password: 'a long test password', name: role, roles: [role] }, overrideAccess: true })
    users[role] = { ...user, collection: 'users' } as TypedUser
  }
  api = await serveApi(cms)
  await stopCrons(api.url, payload)
  dashboardModule = await import('../../cms/dashboard/index')
  view = await import('../../cms/components/dashboard/DashboardView')
}, 120_000)
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

const dashboardFor = (role: Role, language = 'en') => dashboardModule.whatNeedsDoing(payload, users[role], { language })

describe('settings a flow needs', () => {
  it('warns everyone of each empty contact address and the empty IBAN, with the field to fill in', async () => {
    for (const role of ['goods', 'finance', 'volunteer-coordinator'] as const) {
      const { settings } = await dashboardFor(role)
      expect(settings).toEqual(
        expect.arrayContaining([
          { kind: 'contact-empty', purpose: 'general', fallback: 'none', field: 'emails.general' },
          { kind: 'contact-empty', purpose: 'volunteers', fallback: 'none', field: 'emails.volunteers' },
          { kind: 'contact-empty', purpose: 'upTogether', fallback: 'none', field: 'emails.upTogether' },
          { kind: 'iban-empty', field: 'bankAccount.iban' },
        ]),
      )
      // The seed sets this year's goal.
      expect(settings.some((warning) => warning.kind.startsWith('goal'))).toBe(false)
    }
  })

  it('says when a purpose falls back to the general address, a wrong IBAN, and last year’s goal', async () => {
    await organisation({ emails: { general: 'info@example.org', volunteers: 'coordinator@example.org' }, bankAccount: { iban: 'BE00 0000 0000 0000' }, fundraising: { goalEuros: 150000, year: year - 1 } })
    try {
      const { settings } = await dashboardFor('goods')
      expect(settings).not.toContainEqual(expect.objectContaining({ purpose: 'general' }))
      expect(settings).not.toContainEqual(expect.objectContaining({ purpose: 'volunteers' }))
      expect(settings).toContainEqual({ kind: 'contact-empty', purpose: 'goods', fallback: 'general', field: 'emails.goods' })
      expect(settings).toContainEqual({ kind: 'iban-invalid', field: 'bankAccount.iban' })
      expect(settings).toContainEqual({ kind: 'goal-outdated', year: year - 1, field: 'fundraising.year' })

      const html = renderToStaticMarkup(view.DashboardView({ dashboard: { settings }, language: 'nl', adminRoute: '/admin', names: {} }))
      expect(html).toContain('Het contactadres “Materiaal” is leeg.')
      expect(html).toContain('Zolang het leeg is, wordt het algemene adres gebruikt.')
      expect(html).toContain('href="/admin/globals/organisation#field-emails__goods"')
      expect(html).toContain('Invullen: Instellingen → Organisatie')
    } finally {
      await organisation({ emails: { general: null, volunteers: null }, bankAccount: { iban: null }, fundraising: { goalEuros: 150000, year } })
    }
  })
})

describe('finance', () => {
  beforeAll(async () => {
    const gift = (amountCents: number, daysAgo: number, extra: Record<string, unknown> = {}) =>
      payload.create({ collection: 'donations', data: { source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents, receivedAt: new Date(Date.now() - daysAgo * day).toISOString(), donorName: `Donor ${amountCents}`, locale: 'nl', ...extra } as never, overrideAccess: true })
    await gift(5000, 3)
    await gift(2500, 1, { anonymous: true })
    await gift(10000, 2)
    await gift(99900, 0, { status: 'failed' })
  })

  it('shows this year’s total against the goal and the last gifts, newest first', async () => {
    const { finance } = await dashboardFor('finance')
    expect(finance!.progress).toMatchObject({ goalCents: 15_000_000, raisedCents: 17_500, donors: 3, year })
    expect(finance!.lastGifts.map((gift) => gift.amountCents)).toEqual([2500, 10000, 5000])
    expect(finance!.lastGifts[0]).toMatchObject({ anonymous: true })

    const html = renderToStaticMarkup(view.DashboardView({ dashboard: { settings: [], finance }, language: 'fr', adminRoute: '/admin', names: {} }))
    expect(html).toContain('Collecte de fonds')
    expect(html).toContain('175,00')
    expect(html).toContain('Anonyme')
    expect(html).not.toContain('Donor 2500')
  })

  it('is not shown to other roles, and their access refuses it', async () => {
    for (const role of ['volunteer-coordinator', 'goods', 'communication-officer'] as const) {
      expect((await dashboardFor(role)).finance).toBeUndefined()
      await expect(import('../../cms/dashboard/finance').then(({ financeSummary }) => financeSummary(payload, users[role]))).rejects.toThrow()
    }
  })
})

describe('the volunteer coordinator', () => {
  let reference: string | undefined
  beforeAll(async () => {
    const { body } = await apply(api.url, {
      role: await roleId(payload, 'up-together-host'),
      track: 'hosting',
      locale: 'fr',
      name: 'Famille Lambert',
      email: 'lambert@example.org',
      phone: '+32 470 55 44 33',
      preferredLanguage: 'fr',
      town: 'Liège',
      region: 'Liège',
      household: 'Deux adultes',
      spareRoom: 'yes',
      hostingPeriod: 'Dès avril',
      motivation: 'Nous voulons aider.',
      consent: 'true',
      altcha: await solvedProof(api.url),
    })
    expect(body.errors).toBeUndefined()
    reference = body.reference!
  })

  it('sees applications waiting by status, and the new one told apart as a host', async () => {
    const { applications } = await dashboardFor('volunteer-coordinator', 'fr')
    expect(applications!.byStatus).toEqual({ new: 1, contacted: 0, 'interview-planned': 0, 'in-training': 0 })
    expect(applications!.newest).toEqual([expect.objectContaining({ name: 'Famille Lambert', track: 'hosting' })])

    const html = renderToStaticMarkup(view.DashboardView({ dashboard: { settings: [], applications }, language: 'fr', adminRoute: '/admin', names: {} }))
    expect(html).toContain('Candidatures de bénévoles')
    expect(html).toContain('Famille Lambert')
    expect(html).toContain('Famille d’accueil (Up Together)')
    expect(html).toContain('Nouvelle : 1')
  })

  it('sees no gifts and no pledges; other roles see no applications', async () => {
    const coordinator = await dashboardFor('volunteer-coordinator')
    expect(coordinator.finance).toBeUndefined()
    expect(coordinator.pledges).toBeUndefined()
    for (const role of ['finance', 'goods', 'communication-officer'] as const) {
      expect((await dashboardFor(role)).applications).toBeUndefined()
      await expect(import('../../cms/dashboard/applications').then(({ applicationsSummary }) => applicationsSummary(payload, users[role], { locale: 'en' }))).rejects.toThrow()
    }
  })
})

describe('the goods team', () => {
  beforeAll(async () => {
    const need = await payload.create({ collection: 'needs', data: { name: 'Blankets', unit: 'blankets', category: 'other', condition: 'new', priority: 'normal', quantityNeeded: 20, status: 'open' }, overrideAccess: true })
    const pledge = (name: string, daysAhead: number) =>
      payload.create({
        collection: 'pledges',
        data: { need: need.id, quantity: 2, name, email: `${name.toLowerCase()}@example.org`, locale: 'nl', status: 'pledged', expectedDate: new Date(Date.now() + daysAhead * day).toISOString().slice(0, 10) } as never,
        overrideAccess: true,
      })
    await pledge('Late', -3)
    await pledge('Soon', 2)
    await pledge('Later', 30)
  })

  it('sees pledges overdue and due, and the needs still without a quantity', async () => {
    const { pledges } = await dashboardFor('goods')
    expect(pledges!.overdue.map((pledge) => pledge.giverName)).toEqual(['Late'])
    expect(pledges!.due.map((pledge) => pledge.giverName)).toEqual(['Soon'])
    expect(pledges!.due[0]).toMatchObject({ quantity: 2, needName: 'Blankets' })
    expect(pledges!.expected).toBe(3)
    // The four seeded needs have no quantity (the source gives none).
    expect(pledges!.needsWithoutQuantity).toBe(4)
  })

  it('is not shown to the coordinator, whose access refuses the pledges', async () => {
    await expect(import('../../cms/dashboard/pledges').then(({ pledgesSummary }) => pledgesSummary(payload, users['volunteer-coordinator'], { locale: 'en' }))).rejects.toThrow()
  })
})

describe('the communication officer', () => {
  beforeAll(async () => {
    await payload.create({ collection: 'news', data: { title: 'Concept news', _status: 'draft' } as never, draft: true, locale: 'nl', overrideAccess: true })
    await payload.create({ collection: 'site-builds', data: { status: 'succeeded', startedAt: new Date(Date.now() - 3 * day).toISOString() }, overrideAccess: true })
    await payload.create({ collection: 'site-builds', data: { status: 'failed', startedAt: new Date(Date.now() - 2 * day).toISOString(), error: 'Build failed: no published home page\nstack…' }, overrideAccess: true })
    await payload.create({
      collection: 'email-messages',
      data: { kind: 'goods-pledge-new', locale: 'nl', subject: 'Nieuwe toezegging van Jan Private', html: '<p>x</p>', text: 'x', idempotencyKey: 'dashboard:failed:1', status: 'failed', attempts: 7, lastError: 'No recipient' } as never,
      overrideAccess: true,
    })
  })

  it('sees drafts, missing translations, the failed build and how many emails failed, not what they say', async () => {
    const { content } = await dashboardFor('communication-officer')
    expect(content!.drafts).toContainEqual(expect.objectContaining({ collection: 'news', title: 'Concept news' }))
    expect(content!.translationGaps).toContainEqual(expect.objectContaining({ collection: 'news', title: 'Concept news', missing: { nl: ['summary'], fr: ['title', 'slug', 'summary'], en: ['title', 'slug', 'summary'] } }))
    expect(content!.failedBuilds).toEqual([expect.objectContaining({ error: 'Build failed: no published home page' })])
    expect(content!.failedEmails).toEqual({ byKind: [{ kind: 'goods-pledge-new', count: 1 }] })

    const html = renderToStaticMarkup(view.DashboardView({ dashboard: { settings: [], content }, language: 'en', adminRoute: '/admin', names: { news: 'News article' } }))
    expect(html).toContain('New pledge (to the goods team): 1')
    expect(html).not.toContain('Jan Private')
  })

  it('an administrator sees every section, and the failed messages themselves', async () => {
    const dashboard = await dashboardFor('administrator')
    expect(dashboard.finance && dashboard.applications && dashboard.pledges && dashboard.content).toBeTruthy()
    expect(dashboard.content!.failedEmails.messages).toEqual([expect.objectContaining({ kind: 'goods-pledge-new' })])
  })

  it('other roles see no content section', async () => {
    for (const role of ['finance', 'goods', 'volunteer-coordinator'] as const) expect((await dashboardFor(role)).content).toBeUndefined()
  })
})

describe('messages to staff, in their admin language', () => {
  const login = async (role: Role) => {
    const response = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${role}@dashboard.test`, password: 'a long test password' }) })
    return ((await response.json()) as { token: string }).token
  }

  it('a refused CV download or erasure answers in the reader’s language', async () => {
    const anonymous = await fetch(`${api.url}/api/volunteer-applications/1/file/cv`, { headers: { 'Accept-Language': 'fr' } })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toBe('Connectez-vous d’abord.')
    const token = await login('goods')
    const erase = await fetch(`${api.url}/api/volunteer-applications/1/erase`, { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'nl' } })
    expect(erase.status).toBe(403)
    expect(await erase.json()).toEqual({ ok: false, error: 'Dit mag je niet doen.' })
  })

  it('resending an email is refused in Dutch or French', async () => {
    const token = await login('communication-officer')
    const resend = await fetch(`${api.url}/api/email-messages/1/resend`, { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'nl' } })
    expect(resend.status).toBe(403)
    expect(await resend.json()).toEqual({ ok: false, error: 'Alleen beheerders kunnen e-mails opnieuw versturen.' })
    const adminToken = await login('administrator')
    const sent = await payload.create({
      collection: 'email-messages',
      data: { kind: 'goods-pledge-new', locale: 'nl', subject: 'Sent', html: '<p>x</p>', text: 'x', idempotencyKey: 'dashboard:sent:1', status: 'sent', attempts: 1 } as never,
      overrideAccess: true,
    })
    const notFailed = await fetch(`${api.url}/api/email-messages/${sent.id}/resend`, { method: 'POST', headers: { Authorization: `JWT ${adminToken}`, 'Accept-Language': 'fr' } })
    expect(notFailed.status).toBe(409)
    expect(((await notFailed.json()) as { error: string }).error).toBe('Seul un message en échec peut être renvoyé ; celui-ci est envoyé.')
  })

  it('what Stripe reported about an online gift is refused by hand, in French', async () => {
    const gift = await payload.create({ collection: 'donations', data: { source: 'stripe', kind: 'one-time', status: 'paid', amountCents: 4000, receivedAt: new Date().toISOString(), locale: 'fr' } as never, overrideAccess: true })
    const token = await login('finance')
    const headers = { Authorization: `JWT ${token}`, 'Accept-Language': 'fr', 'Content-Type': 'application/json' }
    const change = await fetch(`${api.url}/api/donations/${gift.id}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'refunded' }) })
    expect(change.status).toBe(403)
    expect(JSON.stringify(await change.json())).toContain('Le champ « Statut » de ce don en ligne vient de Stripe')
    const create = await fetch(`${api.url}/api/donations`, { method: 'POST', headers, body: JSON.stringify({ source: 'stripe', kind: 'one-time', status: 'paid', amountCents: 100, receivedAt: new Date().toISOString() }) })
    expect(create.status).toBe(403)
    expect(JSON.stringify(await create.json())).toContain('Seul le paiement en ligne enregistre les dons en ligne ; enregistrez un don fait autrement comme « Saisi à la main »')
  })
})
