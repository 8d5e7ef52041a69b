import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveApi } from './support/api'
import { type ConnectedStripe, connectLocalStripe } from './support/localStripe'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * A monthly donor manages their gift from their own page, through Stripe's customer portal
 * (the local stand-in here): the page's button opens a portal session for their customer and
 * no one else's, the visit is logged, and a gift stopped in the portal shows as stopped on
 * the page they are sent back to, once Stripe's webhook has told the CMS.
 */
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let stripe: ConnectedStripe
let visitor = 0

beforeAll(async () => {
  cms = await startTestCms()
  server = await serveApi(cms)
  stripe = await connectLocalStripe(server.url, { webhookSecret: 'whsec_portal' })
  // The emails name the organisation: without a name they are refused.
  await cms.payload.updateGlobal({ slug: 'organisation', data: { _status: 'published', name: 'JRS Belgium', description: 'Jesuit Refugee Service Belgium', emails: { general: 'info@jrsbelgium.org' } }, overrideAccess: true })
  process.env.TRUSTED_PROXIES = 'loopback'
}, 180_000)
afterAll(async () => {
  delete process.env.TRUSTED_PROXIES
  await stripe?.disconnect()
  await server?.close()
  await cms?.close()
})

/** A page or action as a browser without script asks for it, from an address of its own; the CMS's own addresses (absolute in redirects) reach the test's server. */
async function browse(url: string, init: RequestInit = {}) {
  const target = url.startsWith(stripe.url) ? url : `${server.url}${url.replace(/^https?:\/\/[^/]+/, '')}`
  const response = await fetch(target, { redirect: 'manual', ...init, headers: { 'x-forwarded-for': `10.14.0.${++visitor}`, ...(init.headers as Record<string, string> | undefined) } })
  return { status: response.status, location: response.headers.get('location') ?? '', text: await response.text() }
}

async function monthlyDonor(email: string, locale: 'nl' | 'fr' | 'en') {
  const response = await fetch(`${server.url}/api/donations/checkout`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.14.1.${++visitor}` },
    body: JSON.stringify({ amountCents: 1500, frequency: 'monthly', locale, name: 'Mona Maandelijks', email }),
  })
  const answer = (await response.json()) as { url: string }
  expect(response.status, JSON.stringify(answer)).toBe(200)
  await stripe.completeCheckout(answer.url.split('/').pop()!, { outcome: 'paid' })
  // Started once Stripe's webhook has reached the CMS: the welcome email carries the personal link.
  const linkInWelcome = async () => {
    const { docs } = await cms.payload.find({ collection: 'email-messages', where: { and: [{ to: { equals: email } }, { kind: { equals: 'monthly-donor-welcome' } }] }, depth: 0, overrideAccess: true })
    return docs.map((message) => /\/api\/self-service\/([A-Za-z0-9._-]+)/.exec(String(message.text))?.[1]).find(Boolean)
  }
  await expect.poll(linkInWelcome, { timeout: 20_000 }).toBeTruthy()
  const { docs } = await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: email } }, depth: 0, overrideAccess: true })
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ status: 'active' })
  const token = await linkInWelcome()
  return { gift: docs[0]!, link: `/api/self-service/${token}` }
}

describe('the monthly gift’s payment portal, from the donor’s page', () => {
  it('opens a portal session for the donor’s own customer, logged, and a gift stopped there shows as stopped on the page they return to', async () => {
    const { gift, link } = await monthlyDonor('mona.portal@example.be', 'en')
    const page = await browse(link)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Change or stop my monthly gift')
    expect(page.text).toMatch(/€15\.00 a month<\/strong> · Active/)

    const opened = await browse(`${link}/portal?gift=${gift.id}`)
    expect(opened.status).toBe(303)
    expect(opened.location).toMatch(new RegExp(`^${stripe.url}/demo/portal/bps_`))
    const events = await cms.payload.find({ collection: 'self-service-events', where: { action: { equals: 'opened-payment-portal' } }, depth: 0, overrideAccess: true })
    expect(events.docs).toHaveLength(1)

    // The portal shows the donor's subscription, and the way back to their page.
    const portal = await browse(opened.location)
    expect(portal.status).toBe(200)
    const subscription = /name="subscription" value="([^"]+)"/.exec(portal.text)?.[1]
    expect(subscription).toBe(gift.stripe?.subscriptionId)
    expect(portal.text).toMatch(new RegExp(`<a href="https?://[^"/]+${link}">`))

    // Stopped in the portal: Stripe tells the CMS, and the donor is sent back to a page that says so.
    const stopped = await browse(`${opened.location}/cancel`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ subscription: subscription! }).toString() })
    expect(stopped.status).toBe(303)
    expect(new URL(stopped.location).pathname).toBe(link)
    await expect.poll(async () => (await cms.payload.findByID({ collection: 'monthly-gifts', id: gift.id, depth: 0, overrideAccess: true })).status).toBe('cancelled')
    const after = await browse(stopped.location)
    expect(after.text).toMatch(/€15\.00 a month<\/strong> · Stopped/)
    expect(after.text).not.toContain('Change or stop my monthly gift')
  })

  it('opens nothing for a gift that is not the donor’s, and sends them back with the reason', async () => {
    const own = await monthlyDonor('mona.own@example.be', 'fr')
    const other = await monthlyDonor('mona.other@example.be', 'fr')
    const refused = await browse(`${own.link}/portal?gift=${other.gift.id}`)
    expect(refused.status).toBe(303)
    expect(refused.location).toContain('?problem=portal')
    expect((await browse(refused.location)).text).toContain('Le portail de paiement ne peut pas être ouvert')
  })
})
