import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildCmsIfChanged } from '../../../scripts/cmsBuild'
import { quietEnv } from '../../../scripts/processes'
import { TestSmtp } from '../../integration/support/smtp'
import { type LocalStripe, startLocalStripe } from '../../../scripts/local-stripe/server'
import { demoWebhookSecret } from './burst'
import type { Stack } from './stack'

/**
 * The CMS alone, as `npm start` runs it (migrated and seeded data, `next start` in
 * production mode, the local Stripe stand-in), but in a process the test can kill with
 * SIGKILL and start again on the same data, to see what a crash leaves behind.
 */
export type CrashableStack = Stack & { kill: () => Promise<void>; restart: () => Promise<void> }

const port = { cms: 3080, stripe: 12181 }

export async function startCrashableStack(name = 'crash-sqlite'): Promise<CrashableStack> {
  const dataDir = path.resolve('.test-data', name)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const cmsUrl = `http://localhost:${port.cms}`
  const smtp = new TestSmtp()
  await smtp.start()
  const stripe: LocalStripe = await startLocalStripe({ port: port.stripe, webhookUrl: `${cmsUrl}/api/stripe/webhook`, webhookSecret: demoWebhookSecret })
  const env: Record<string, string> = {
    ...quietEnv,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    // Shared with the end-to-end tests and the burst (see stack.ts).
    NEXT_DIST_DIR: '.next-e2e',
    CMS_URL: cmsUrl,
    PUBLIC_SITE_URL: 'http://localhost:4399',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    TRUSTED_PROXIES: '127.0.0.1,::1',
    STRIPE_SECRET_KEY: '',
    STRIPE_API_URL: stripe.url,
    STRIPE_WEBHOOK_SECRET: demoWebhookSecret,
    SITE_AUTO_REBUILD: '',
    TEST_DATABASE_URL: '',
  }
  for (const [title, args] of [['migrate', ['payload', 'migrate']], ['seed', ['tsx', 'cms/seed/index.ts']]] as const) {
    const result = spawnSync(args[0], args.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${title} failed: ${result.stderr}${result.stdout}`)
  }
  const previous = process.env.NEXT_DIST_DIR
  process.env.NEXT_DIST_DIR = env.NEXT_DIST_DIR
  try {
    buildCmsIfChanged()
  } finally {
    if (previous === undefined) delete process.env.NEXT_DIST_DIR
    else process.env.NEXT_DIST_DIR = previous
  }

  const output: string[] = []
  let cms: { child: ChildProcess; exited: Promise<unknown> } | undefined
  const start = async () => {
    const child = spawn('next', ['start', 'cms', '--port', String(port.cms)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, NODE_ENV: 'production' } })
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    cms = { child, exited: new Promise((resolve) => child.once('exit', resolve)) }
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${output.join('').slice(-3000)}`)
      try {
        if ((await fetch(`${cmsUrl}/api/globals/organisation`, { signal: AbortSignal.timeout(5_000) })).ok) return
      } catch {
        // starting
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`The CMS did not start within 120 s:\n${output.join('').slice(-3000)}`)
  }
  /** SIGKILL to the CMS's whole process group (npm, next, next-server): nothing gets to clean up. */
  const kill = async () => {
    if (!cms?.child.pid) return
    try {
      process.kill(-cms.child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
    await cms.exited
  }
  try {
    await start()
  } catch (error) {
    await kill()
    await stripe.close()
    await smtp.stop()
    throw error
  }
  return {
    database: 'sqlite',
    cmsUrl,
    siteUrl: '',
    stripeUrl: stripe.url,
    dataDir,
    smtp,
    log: () => output.join(''),
    kill,
    restart: start,
    stop: async () => {
      await kill()
      await stripe.close()
      await smtp.stop()
    },
  }
}
