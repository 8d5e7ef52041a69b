import fs from 'node:fs'
import path from 'node:path'
import { type LocalStripe, startLocalStripe } from '../../../scripts/local-stripe/server'
import { createScratchDatabase } from '../../../scripts/postgresDatabase'
import { TestSmtp } from '../../integration/support/smtp'
import { demoWebhookSecret } from './burst'
import { buildCmsForTests, cmsEnv, migrateAndSeed, type RunningCms, spawnNextCms, untilServing } from './nextCms'
import { postgresBaseUrl, type Stack, stopGroup } from './stack'

/**
 * Several CMS instances on one PostgreSQL database, as behind a load balancer: the
 * database migrated and seeded once, then one `next start` per port from the same build
 * (the end-to-end tests' `.next-e2e`, see stack.ts), with the same secret, one SMTP
 * server and one local Stripe stand-in. Each instance is a Stack of its own for the burst
 * helpers; they share the data folder as servers would share a volume.
 */
export type Instances = { stacks: Stack[]; databaseUrl: string; stop: () => Promise<void> }

export type InstancesOptions = { name: string; ports: number[]; stripePort: number; env?: Record<string, string> }

export async function startInstances({ name, ports, stripePort, env: extraEnv = {} }: InstancesOptions): Promise<Instances> {
  const dataDir = path.resolve('.test-data', name)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const postgres = await createScratchDatabase(postgresBaseUrl, 'cms_instances')
  const smtp = new TestSmtp()
  await smtp.start()
  let stripe: LocalStripe | undefined
  const processes: RunningCms[] = []
  const stop = async () => {
    await Promise.all(processes.map(({ child, exited }) => stopGroup(child, exited, 10_000)))
    await stripe?.close()
    await smtp.stop()
    await postgres.drop().catch(() => undefined)
  }
  try {
    const firstUrl = `http://localhost:${ports[0]}`
    stripe = await startLocalStripe({ port: stripePort, webhookUrl: `${firstUrl}/api/stripe/webhook`, webhookSecret: demoWebhookSecret })
    const env = { ...cmsEnv({ dataDir, databaseUrl: postgres.url, smtpPort: smtp.port, stripeUrl: stripe.url }), PAYLOAD_SECRET: `${name}-secret-shared-by-every-instance`, ...extraEnv }
    migrateAndSeed({ ...env, CMS_URL: firstUrl })
    buildCmsForTests(env)

    const stacks = await Promise.all(
      ports.map(async (port): Promise<Stack> => {
        const cms = spawnNextCms(port, env)
        processes.push(cms)
        await untilServing(cms)
        return { database: 'postgres', cmsUrl: cms.url, siteUrl: '', stripeUrl: stripe!.url, dataDir, smtp, log: () => cms.output.join(''), stop }
      }),
    )
    return { stacks, databaseUrl: postgres.url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
