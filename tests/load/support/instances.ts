import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildCmsIfChanged } from '../../../scripts/cmsBuild'
import { type LocalStripe, startLocalStripe } from '../../../scripts/local-stripe/server'
import { createScratchDatabase } from '../../../scripts/postgresDatabase'
import { quietEnv } from '../../../scripts/processes'
import { TestSmtp } from '../../integration/support/smtp'
import { demoWebhookSecret } from './burst'
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
  const processes: { child: ChildProcess; exited: Promise<unknown> }[] = []
  const stop = async () => {
    await Promise.all(processes.map(({ child, exited }) => stopGroup(child, exited, 10_000)))
    await stripe?.close()
    await smtp.stop()
    await postgres.drop().catch(() => undefined)
  }
  try {
    const firstUrl = `http://localhost:${ports[0]}`
    stripe = await startLocalStripe({ port: stripePort, webhookUrl: `${firstUrl}/api/stripe/webhook`, webhookSecret: demoWebhookSecret })
    const env: Record<string, string> = {
      ...quietEnv,
      DATA_DIR: dataDir,
      DATABASE_URL: postgres.url,
      PAYLOAD_SECRET: `${name}-secret-shared-by-every-instance`,
      NEXT_DIST_DIR: '.next-e2e',
      PUBLIC_SITE_URL: 'http://localhost:4399',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      TRUSTED_PROXIES: '127.0.0.1,::1',
      STRIPE_SECRET_KEY: '',
      STRIPE_API_URL: stripe.url,
      STRIPE_WEBHOOK_SECRET: demoWebhookSecret,
      SITE_AUTO_REBUILD: '',
      TEST_DATABASE_URL: '',
      ...extraEnv,
    }
    for (const [title, args] of [['migrate', ['payload', 'migrate']], ['seed', ['tsx', 'cms/seed/index.ts']]] as const) {
      // No rebuild from these steps: a seed process would ask for one and exit before it is done.
      const result = spawnSync(args[0], args.slice(1), { env: { ...process.env, ...env, CMS_URL: firstUrl, SITE_BUILD_HOOK_URL: '', SITE_AUTO_REBUILD: '' }, encoding: 'utf8' })
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

    const stacks = await Promise.all(
      ports.map(async (port): Promise<Stack> => {
        const cmsUrl = `http://localhost:${port}`
        const output: string[] = []
        const child = spawn('next', ['start', 'cms', '--port', String(port)], {
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, ...env, CMS_URL: cmsUrl, NODE_ENV: 'production' },
        })
        const keep = (chunk: Buffer) => {
          output.push(chunk.toString())
          if (output.length > 4000) output.splice(0, 1000)
        }
        child.stdout!.on('data', keep)
        child.stderr!.on('data', keep)
        processes.push({ child, exited: new Promise((resolve) => child.once('exit', resolve)) })
        await waitForCms(cmsUrl, child, output)
        return { database: 'postgres', cmsUrl, siteUrl: '', stripeUrl: stripe!.url, dataDir, smtp, log: () => output.join(''), stop }
      }),
    )
    return { stacks, databaseUrl: postgres.url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function waitForCms(cmsUrl: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS at ${cmsUrl} exited with ${child.exitCode}:\n${output.join('').slice(-3000)}`)
    try {
      if ((await fetch(`${cmsUrl}/api/globals/organisation`, { signal: AbortSignal.timeout(5_000) })).ok) return
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS at ${cmsUrl} did not start within 120 s:\n${output.join('').slice(-3000)}`)
}
