import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import pg from 'pg'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { queueEmail as QueueEmail } from '../../cms/email/queue'
import type * as Attempts from '../../cms/security/attempts'
import type * as DatabaseAttempts from '../../cms/security/databaseAttempts'
import type * as BuildLock from '../../cms/siteBuilds/buildLock'
import type * as Scheduler from '../../cms/siteBuilds/scheduler'
import type * as Altcha from '../../cms/volunteering/altcha'
import type * as SpentProofs from '../../cms/volunteering/spentProofs'
import { emailCatalog } from '../../emails/catalog'
import { type BuildHost, startBuildHost } from '../load/support/buildHost'
import { TestSmtp } from './support/smtp'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * What several CMS instances on one database share, tried from one process: runners,
 * requests and pools on separate connections meet in the database exactly as two
 * servers' do. On SQLite (one CMS process) the same code paths are checked where they
 * apply; tests/load/twoInstances.test.ts runs two real CMS processes on PostgreSQL.
 */
let cms: TestCms
const smtp = new TestSmtp()
let queueEmail: typeof QueueEmail
let attempts: typeof Attempts
let databaseAttempts: typeof DatabaseAttempts
let buildLock: typeof BuildLock
let scheduler: typeof Scheduler
let altcha: typeof Altcha
let spentProofs: typeof SpentProofs
const onPostgres = Boolean(process.env.TEST_DATABASE_URL)
const pools: pg.Pool[] = []

beforeAll(async () => {
  await smtp.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
  cms = await startTestCms()
  // Imported only now: cms/env.ts reads the test database's address when first loaded.
  ;({ queueEmail } = await import('../../cms/email/queue'))
  attempts = await import('../../cms/security/attempts')
  databaseAttempts = await import('../../cms/security/databaseAttempts')
  buildLock = await import('../../cms/siteBuilds/buildLock')
  scheduler = await import('../../cms/siteBuilds/scheduler')
  altcha = await import('../../cms/volunteering/altcha')
  spentProofs = await import('../../cms/volunteering/spentProofs')
  await cms.payload.updateGlobal({
    slug: 'organisation',
    locale: 'nl',
    data: {
      name: 'Test Refugee Service',
      description: 'Een organisatie voor de tests.',
      brandColour: '#9a3412',
      address: { street: 'Teststraat 1', postalCode: '1000', city: 'Brussel' },
      emails: { general: 'info@example.org' },
      _status: 'published',
    },
  })
})
afterAll(async () => {
  for (const pool of pools) await pool.end().catch(() => undefined)
  await cms?.close()
  await smtp.stop()
  delete process.env.SMTP_URL
})

/** A connection pool of its own, as another CMS instance has. */
function anotherInstancePool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: cms.databaseUrl, max: 4 })
  pool.on('error', () => undefined)
  pools.push(pool)
  return pool
}

describe('queued jobs', () => {
  it('are each run once by runners claiming at the same moment', async () => {
    const count = 24
    const req = await createLocalReq({}, cms.payload)
    await initTransaction(req)
    for (let i = 0; i < count; i++) {
      await queueEmail({ req, kind: 'donation-thank-you', locale: 'en', to: `donor-${i}@example.org`, data: emailCatalog['donation-thank-you'].sample, idempotencyKey: `claim:${i}` })
    }
    await commitTransaction(req)
    await Promise.all(Array.from({ length: 4 }, () => cms.payload.jobs.run({ limit: count, silent: true })))
    const ids = smtp.received.map((message) => message.headers['message-id'])
    expect(ids).toHaveLength(count)
    expect(new Set(ids).size).toBe(count)
    // Completed jobs are deleted: none is left over, none still marked as being processed.
    expect((await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(0)
  })

  // SQLite's single CMS process has no second runner to take a job from.
  it.skipIf(!onPostgres)('are not run again by id while a runner has them', async () => {
    const job = await cms.payload.jobs.queue({ task: 'purge-form-retries', input: {} })
    await cms.payload.db.updateJobs({ id: job.id, data: { processing: true } })
    await cms.payload.jobs.runByID({ id: job.id, silent: true })
    const stored = await cms.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ processing: true, totalTried: 0 })
  })
})

describe('a spent proof of work', () => {
  async function solvedProof(): Promise<string> {
    const challenge = await altcha.newChallenge()
    const solution = await solveChallenge({ challenge, deriveKey })
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
  }

  it('is accepted once, and refused however many requests bring it again at once', async () => {
    const proof = await solvedProof()
    const checks = await Promise.all(Array.from({ length: 8 }, () => altcha.checkProofOfWork(cms.payload, proof)))
    expect(checks.filter((check) => check === 'ok')).toHaveLength(1)
    expect(checks.filter((check) => check === 'replayed')).toHaveLength(7)
    expect(await altcha.checkProofOfWork(cms.payload, proof)).toBe('replayed')
    expect(await altcha.checkProofOfWork(cms.payload, await solvedProof())).toBe('ok')
  })

  it('is kept until its challenge expires, then purged', async () => {
    const soon = new Date(Date.now() + 60_000)
    expect(await spentProofs.spendProof(cms.payload, 'nonce-expiring', soon)).toBe(true)
    expect(await spentProofs.spendProof(cms.payload, 'nonce-expiring', soon)).toBe(false)
    await spentProofs.purgeSpentProofs(cms.payload)
    expect(await spentProofs.spendProof(cms.payload, 'nonce-expiring', soon)).toBe(false)
    await spentProofs.purgeSpentProofs(cms.payload, new Date(soon.getTime() + 1))
    expect(await spentProofs.spendProof(cms.payload, 'nonce-expiring', soon)).toBe(true)
  })
})

describe.skipIf(!onPostgres)('form limits in PostgreSQL', () => {
  const minute = 60_000
  const allowances = { accepted: { max: 3, windowMs: 10 * minute }, refused: { max: 5, windowMs: 10 * minute } }
  const instances = () => {
    const [a, b] = [anotherInstancePool(), anotherInstancePool()]
    return [new attempts.FormLimits('test', allowances, new databaseAttempts.DatabaseAttemptLog(a)), new attempts.FormLimits('test', allowances, new databaseAttempts.DatabaseAttemptLog(b))] as const
  }

  it('hold across instances: attempts that got through on one count on the other', async () => {
    const [a, b] = instances()
    expect(await a.takeAccepted('visitor-1')).toBe(0)
    expect(await b.takeAccepted('visitor-1')).toBe(0)
    expect(await a.takeAccepted('visitor-1')).toBe(0)
    const wait = await b.takeAccepted('visitor-1')
    expect(wait).toBeGreaterThan(9 * minute)
    expect(wait).toBeLessThanOrEqual(10 * minute)
    expect(await a.wait('visitor-1')).toBeGreaterThan(9 * minute)
    expect(await b.wait('visitor-2')).toBe(0)
  })

  it('let exactly the allowance through when its attempts arrive at once on both', async () => {
    const [a, b] = instances()
    const waits = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).takeAccepted('visitor-3')))
    expect(waits.filter((wait) => wait === 0)).toHaveLength(3)
  })

  it('count refused input against the larger allowance, and give back what did not count', async () => {
    const [a, b] = instances()
    for (let i = 0; i < 3; i++) {
      expect(await a.takeAccepted('visitor-4')).toBe(0)
      await b.countRefused('visitor-4', { tookAccepted: true })
    }
    expect(await a.wait('visitor-4')).toBe(0)
    expect(await b.takeAccepted('visitor-4')).toBe(0)
    for (let i = 0; i < 2; i++) await a.countRefused('visitor-4')
    expect(await b.wait('visitor-4')).toBeGreaterThan(9 * minute)
  })
})

describe('the site build lock', () => {
  it('is held by one builder at a time', async () => {
    const [first, second] = onPostgres ? [buildLock.postgresBuildLock(anotherInstancePool()), buildLock.postgresBuildLock(anotherInstancePool())] : [buildLock.processBuildLock(), buildLock.processBuildLock()]
    expect(await first.tryAcquire()).toBe(true)
    expect(await second.tryAcquire()).toBe(false)
    const waiting = second.acquire().then(() => 'acquired')
    expect(await Promise.race([waiting, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))])).toBe('waiting')
    await first.release()
    expect(await waiting).toBe('acquired')
    expect(await first.tryAcquire()).toBe(false)
    await second.release()
    expect(await first.tryAcquire()).toBe(true)
    await first.release()
  })

  it.skipIf(!onPostgres)('is let go by a builder whose connection dies', async () => {
    const lock = buildLock.postgresBuildLock(anotherInstancePool())
    expect(await lock.tryAcquire()).toBe(true)
    const other = buildLock.postgresBuildLock(anotherInstancePool())
    expect(await other.tryAcquire()).toBe(false)
    // As a crash or a cut network would: the holder's session ends without a word.
    await anotherInstancePool().query(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND pid <> pg_backend_pid()`, [buildLock.siteBuildLockKey])
    const deadline = Date.now() + 5_000
    let taken = false
    while (!taken && Date.now() < deadline) taken = await other.tryAcquire()
    expect(taken).toBe(true)
    await other.release()
    await lock.release() // on a dead connection: let go of it without an error
  })
})

describe('rebuilds asked for during a build', () => {
  let host: BuildHost
  beforeAll(async () => {
    host = await startBuildHost(2_000)
    Object.assign(process.env, { SITE_BUILD_HOOK_URL: host.url, SITE_REBUILD_DEBOUNCE_MS: '200' })
  })
  afterAll(async () => {
    await scheduler.siteBuildsSettled()
    delete process.env.SITE_BUILD_HOOK_URL
    delete process.env.SITE_REBUILD_DEBOUNCE_MS
    await host?.close()
  })

  it('make exactly one more, here or from another instance', async () => {
    scheduler.requestSiteRebuild(cms.payload, 'first publish')
    const deadline = Date.now() + 10_000
    while (host.inFlight === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(host.inFlight).toBe(1)
    // During the build: two publishes here, and another instance's stored request.
    scheduler.requestSiteRebuild(cms.payload, 'second publish')
    await cms.payload.create({ collection: 'site-build-requests', data: { trigger: 'published on another instance' }, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 400))
    scheduler.requestSiteRebuild(cms.payload, 'third publish')
    await scheduler.siteBuildsSettled()
    const { docs } = await cms.payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, overrideAccess: true })
    expect(docs.map((build) => build.status)).toEqual(['succeeded', 'succeeded'])
    expect(docs[1]!.trigger).toContain('published on another instance')
    expect(host).toMatchObject({ calls: 2, mostAtOnce: 1 })
    expect((await cms.payload.count({ collection: 'site-build-requests', overrideAccess: true })).totalDocs).toBe(0)
  })
})
