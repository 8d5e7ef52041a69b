import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createScratchDatabase } from '../../../scripts/postgresDatabase'
import { TestSmtp } from '../../integration/support/smtp'

/**
 * The whole application for a load or crash test, on ports and a data folder of its own:
 * started exactly as `npm start` starts it (migrations, seed, site build, CMS build when
 * changed, then the CMS, the site server and the local Stripe stand-in), with two
 * differences a test needs: email goes to a real SMTP server of the test's own, which
 * counts every message, and the CMS believes X-Forwarded-For from this machine only
 * (TRUSTED_PROXIES), as it would behind a reverse proxy, so that each simulated visitor
 * has an address of their own.
 */
export type Database = 'sqlite' | 'postgres'

export type Stack = {
  database: Database
  cmsUrl: string
  siteUrl: string
  stripeUrl: string
  dataDir: string
  smtp: TestSmtp
  /** Output of the app so far, for a failing test's message. */
  log: () => string
  stop: () => Promise<void>
  killStart?: () => Promise<void>
}

export const postgresBaseUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'

/** Ports apart from the end-to-end tests' (3010, 4331, 12121), one set per database. */
function ports(database: Database) {
  const offset = database === 'sqlite' ? 0 : 10
  return { cms: 3060 + offset, site: 4381 + offset, stripe: 12161 + offset }
}

export type StackOptions = { name?: string; /** Start again on what an earlier stack of this name left. */ keepData?: boolean }

export async function startStack(database: Database, { name = `load-${database}`, keepData = false }: StackOptions = {}): Promise<Stack> {
  const port = ports(database)
  const dataDir = path.resolve('.test-data', name)
  if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const postgres = database === 'postgres' ? await createScratchDatabase(postgresBaseUrl, 'cms_load') : undefined
  const smtp = new TestSmtp()
  await smtp.start()

  const cmsUrl = `http://localhost:${port.cms}`
  const siteUrl = `http://localhost:${port.site}`
  const output: string[] = []
  const child = spawn('node', ['--import', 'tsx', 'scripts/start.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      SITE_OUT_DIR: path.join(dataDir, 'site'),
      DATABASE_URL: postgres?.url ?? `file:${path.join(dataDir, 'cms.db')}`,
      // The end-to-end tests' CMS build, apart from the developer's own: the same sources make
      // the same build, so whichever suite runs second skips it (run the two one after the other).
      NEXT_DIST_DIR: '.next-e2e',
      CMS_PORT: String(port.cms),
      SITE_PORT: String(port.site),
      CMS_URL: cmsUrl,
      PUBLIC_SITE_URL: siteUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      TRUSTED_PROXIES: '127.0.0.1,::1',
      STRIPE_SECRET_KEY: '',
      STRIPE_API_URL: '',
      STRIPE_WEBHOOK_SECRET: '',
      LOCAL_STRIPE_PORT: String(port.stripe),
      // The burst's effects are checked through the API: no rebuild should compete for the writer.
      SITE_AUTO_REBUILD: '',
      TEST_DATABASE_URL: '',
    },
  })
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'))
    if (output.length > 4000) output.splice(0, 1000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const stop = async () => {
    await stopGroup(child, exited)
    await smtp.stop()
    await postgres?.drop().catch(() => undefined)
  }
  try {
    await Promise.race([
      waitForStartup(siteUrl, 600_000),
      exited.then((code) => {
        throw new Error(`npm start exited with ${code} before the site answered:\n${output.join('').slice(-4000)}`)
      }),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  /** SIGKILL to `npm start` alone, as a crash or `kill -9` would: it gets no chance to stop anything. */
  const killStart = async () => {
    child.kill('SIGKILL')
    await exited
  }
  return { database, cmsUrl, siteUrl, stripeUrl: `http://localhost:${port.stripe}`, dataDir, smtp, log: () => output.join(''), stop, killStart }
}

async function waitForStartup(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** `npm start` stops what it started on SIGTERM; wait for it, then make sure of it. */
export async function stopGroup(child: ChildProcess, exited: Promise<unknown>, graceMs = 15_000) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs))
  await Promise.race([exited, timer])
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // gone
  }
}
