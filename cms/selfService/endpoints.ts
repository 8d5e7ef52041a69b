import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { isLocale } from '../../domain/locales'
import { maxUploadBytes } from '../../domain/volunteering/options'
import { discardBody, mediaType, parseMultipart, parseUrlencoded, readBody } from '../publicForms/body'
import { seeOther } from '../publicForms/retry/page'
import { FormLimits } from '../security/attempts'
import { clientAddress, limitKey } from '../security/clientAddress'
import { stripeClient } from '../payments/stripeClient'
import { actions, donorLocale, type Outcome } from './actions'
import { logAction } from './audit'
import { personArchive } from './download'
import { accountingYears } from './erasure'
import { confirm } from './mail'
import { checkLink, linkUrl } from './links'
import { linkRequestEndpoint } from './linkRequest'
import { applicantPage } from './pages/applicant'
import { donorPage } from './pages/donor'
import { giverPage } from './pages/giver'
import { erasedPage, refusedPage } from './pages/refused'
import { fill, stringsFor } from './pages/shell'
import { nameOf, type Person, personFor } from './people'

/**
 * The personal pages (GET /api/self-service/<token>) and their actions (POST
 * /api/self-service/<token>/<action>, plain HTML forms, answered with a 303 back to the
 * page). Every request checks the link first (links.ts) and reads the person's records
 * afresh; a link that opens nothing gets a page saying why, in the person's language.
 * Actions are limited per visitor, as the public forms are: each one sends an email.
 */
const limits = new FormLimits('self-service', { accepted: { max: 20, windowMs: 10 * 60_000 }, refused: { max: 60, windowMs: 10 * 60_000 } })

type Opened = { ok: true; person: Person } | { ok: false; response: Response }

async function open(req: PayloadRequest): Promise<Opened> {
  const check = await checkLink(req, String(req.routeParams?.token ?? ''))
  if (!check.ok) return { ok: false, response: await refusedPage(req, check) }
  const person = await personFor(req, check.link)
  if (!person) return { ok: false, response: await refusedPage(req, { ok: false, reason: 'revoked', locale: check.link.locale }) }
  return { ok: true, person }
}

function pageFor(req: PayloadRequest, person: Person, messages: { done?: string; problem?: string }) {
  if (person.kind === 'applicant') return applicantPage(req, person, messages)
  if (person.kind === 'donor') return donorPage(req, person, messages)
  return giverPage(req, person, messages)
}

const pageEndpoint: Endpoint = {
  path: '/self-service/:token',
  method: 'get',
  handler: async (req) => {
    const opened = await open(req)
    if (!opened.ok) return opened.response
    const { person } = opened
    const strings = stringsFor(person.link.locale)
    const url = new URL(req.url ?? '', 'http://localhost')
    const done = url.searchParams.get('done') ?? ''
    const problem = url.searchParams.get('problem') ?? ''
    const values = Object.fromEntries([...url.searchParams].filter(([key]) => key === 'max' || key === 'mb').map(([key, value]) => [key, value.replace(/\D/g, '').slice(0, 6)]))
    return pageFor(req, person, {
      done: Object.hasOwn(strings.done, done) ? strings.done[done as keyof typeof strings.done] : undefined,
      problem: Object.hasOwn(strings.problem, problem) ? fill(strings.problem[problem as keyof typeof strings.problem], values) : undefined,
    })
  },
}

/** GET /api/self-service/<token>/download (everything, as a ZIP) and …/portal (Stripe's customer portal for a monthly gift). */
const getEndpoint: Endpoint = {
  path: '/self-service/:token/:what',
  method: 'get',
  handler: async (req) => {
    const what = String(req.routeParams?.what ?? '')
    if (what !== 'download' && what !== 'portal') return new Response('Not found', { status: 404 })
    const opened = await open(req)
    if (!opened.ok) return opened.response
    const { person } = opened
    const back = linkUrl(person.link.token)
    if (what === 'portal') return portal(req, person, back)
    if (person.kind === 'giver') return seeOther(back)
    const archive = await personArchive(req, person)
    await inTransaction(req, async () => {
      await logAction(req, person.link.subject, 'downloaded-data')
      const locale = person.kind === 'donor' ? donorLocale(person) : isLocale(person.application.locale) ? person.application.locale : person.link.locale
      await confirm(req, { kind: 'self-service-data-downloaded', locale, to: person.kind === 'donor' ? person.email : person.application.email, data: { name: nameOf(person) || '—', manageUrl: back }, subject: person.link.subject })
    })
    return new Response(new Uint8Array(archive.bytes), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${archive.name}"`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}

async function portal(req: PayloadRequest, person: Person, back: string): Promise<Response> {
  if (person.kind !== 'donor') return seeOther(back)
  const giftId = new URL(req.url ?? '', 'http://localhost').searchParams.get('gift')
  const gift = person.monthlyGifts.find((candidate) => String(candidate.id) === giftId)
  const stripe = stripeClient()
  if (!gift?.stripe?.customerId || !stripe) return seeOther(`${back}?problem=portal`)
  try {
    const session = await stripe.billingPortal.sessions.create({ customer: gift.stripe.customerId, return_url: back, locale: donorLocale(person) })
    await inTransaction(req, () => logAction(req, { collection: 'monthly-gifts', id: gift.id }, 'opened-payment-portal'))
    return seeOther(session.url)
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Could not open the billing portal' })
    return seeOther(`${back}?problem=portal`)
  }
}

async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

const actionEndpoint: Endpoint = {
  path: '/self-service/:token/:action',
  method: 'post',
  handler: async (req) => {
    const action = actions[String(req.routeParams?.action ?? '')]
    if (!action) {
      discardBody(req)
      return new Response('Not found', { status: 404 })
    }
    const visitor = limitKey(clientAddress(req))
    const opened = await open(req)
    if (!opened.ok) {
      discardBody(req)
      return opened.response
    }
    const { person } = opened
    const back = linkUrl(person.link.token)
    if ((await limits.wait(visitor)) > 0 || (await limits.takeAccepted(visitor)) > 0) {
      discardBody(req)
      return seeOther(`${back}?problem=tooMany`)
    }
    const form = await readForm(req)
    if (!form) {
      await limits.countRefused(visitor, { tookAccepted: true })
      return seeOther(`${back}?problem=cvTooLarge&mb=${Math.floor(maxUploadBytes / (1024 * 1024))}`)
    }
    let outcome: Outcome
    const own = await initTransaction(req)
    try {
      outcome = await action(req, person, form)
      if ('problem' in outcome) {
        if (own) await killTransaction(req)
        await outcome.afterFailure?.()
        await limits.countRefused(visitor, { tookAccepted: true })
        const values = new URLSearchParams({ problem: outcome.problem, ...Object.fromEntries(Object.entries(outcome.values ?? {}).map(([key, value]) => [key, String(value)])) })
        return seeOther(`${back}?${values}`)
      }
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      req.payload.logger.error({ err: error, msg: `Self-service action failed` })
      return new Response('Something went wrong; nothing was changed. Please try again.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
    }
    await outcome.afterCommit?.()
    if ('erased' in outcome) return seeOther(`/api/self-service/erased/${outcome.erased}?locale=${person.link.locale}`)
    return seeOther(`${back}?done=${outcome.done}`)
  },
}

/** A form as an HTML form posts it: urlencoded, or multipart with a file (a CV at its largest, and a little more). */
async function readForm(req: PayloadRequest): Promise<FormData | undefined> {
  const type = mediaType(req)
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    discardBody(req)
    return new FormData()
  }
  const read = await readBody(req, maxUploadBytes + 64 * 1024)
  if (!read.ok) return undefined
  return type === 'multipart/form-data' ? ((await parseMultipart(read.bytes, req.headers.get('content-type') ?? '')) ?? new FormData()) : (parseUrlencoded(read.bytes) ?? new FormData())
}

/** GET /api/self-service/erased/<who>?locale=…: where an erasure lands; it knows nothing of the person. */
const erasedEndpoint: Endpoint = {
  path: '/self-service/erased/:who',
  method: 'get',
  handler: async (req) => {
    const who = req.routeParams?.who === 'donor' ? 'donor' : 'applicant'
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale')
    return erasedPage(req, isLocale(locale) ? locale : 'nl', who, accountingYears)
  },
}

export const selfServiceEndpoints: Endpoint[] = [linkRequestEndpoint, erasedEndpoint, pageEndpoint, getEndpoint, actionEndpoint]
