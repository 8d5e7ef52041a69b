import fs from 'node:fs'
import path from 'node:path'
import { TestSmtp } from '../../integration/support/smtp'
import { type LocalStripe, startLocalStripe } from '../../../scripts/local-stripe/server'
import { demoWebhookSecret } from './burst'
import { buildCmsForTests, cmsEnv, migrateAndSeed, type RunningCms, spawnNextCms, untilServing } from './nextCms'
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
  const env = { ...cmsEnv({ dataDir, databaseUrl: `file:${path.join(dataDir, 'cms.db')}`, smtpPort: smtp.port, stripeUrl: stripe.url }), CMS_URL: cmsUrl }
  migrateAndSeed(env)
  buildCmsForTests(env)

  const output: string[] = []
  let cms: RunningCms | undefined
  const start = async () => {
    // One log across restarts: what the crashed process and its successor wrote.
    cms = spawnNextCms(port.cms, env, output)
    await untilServing(cms)
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
