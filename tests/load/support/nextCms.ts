import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { buildCmsIfChanged } from '../../../scripts/cmsBuild'
import { quietEnv } from '../../../scripts/processes'
import { demoWebhookSecret } from './burst'

/**
 * The CMS as production runs it, for the tests that start it by hand rather than through
 * `npm start` (a crash test that kills it, several instances on one database): the
 * environment, the migrated and seeded data, the build (shared with the end-to-end tests:
 * `.next-e2e`, see stack.ts) and one `next start` in a process group of its own.
 */
export type CmsEnvOptions = { dataDir: string; databaseUrl: string; smtpPort: number; stripeUrl: string }

export function cmsEnv({ dataDir, databaseUrl, smtpPort, stripeUrl }: CmsEnvOptions): Record<string, string> {
  return {
    ...quietEnv,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: '.next-e2e',
    PUBLIC_SITE_URL: 'http://localhost:4399',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    TRUSTED_PROXIES: '127.0.0.1,::1',
    STRIPE_SECRET_KEY: '',
    STRIPE_API_URL: stripeUrl,
    STRIPE_WEBHOOK_SECRET: demoWebhookSecret,
    SITE_AUTO_REBUILD: '',
    TEST_DATABASE_URL: '',
  }
}

/** Migrated and seeded, without asking for a site rebuild (the seed process would exit before it is done). */
export function migrateAndSeed(env: Record<string, string>) {
  for (const [title, args] of [['migrate', ['payload', 'migrate']], ['seed', ['tsx', 'cms/seed/index.ts']]] as const) {
    const result = spawnSync(args[0], args.slice(1), { env: { ...process.env, ...env, SITE_BUILD_HOOK_URL: '', SITE_AUTO_REBUILD: '' }, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${title} failed: ${result.stderr}${result.stdout}`)
  }
}

export function buildCmsForTests(env: Record<string, string>) {
  const previous = process.env.NEXT_DIST_DIR
  process.env.NEXT_DIST_DIR = env.NEXT_DIST_DIR
  try {
    buildCmsIfChanged()
  } finally {
    if (previous === undefined) delete process.env.NEXT_DIST_DIR
    else process.env.NEXT_DIST_DIR = previous
  }
}

export type RunningCms = { url: string; child: ChildProcess; exited: Promise<unknown>; output: string[] }

/** `next start` on `port`, detached, so that its whole group can be stopped or killed; see `untilServing`. */
export function spawnNextCms(port: number, env: Record<string, string>, output: string[] = []): RunningCms {
  const url = `http://localhost:${port}`
  const child = spawn('next', ['start', 'cms', '--port', String(port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, CMS_URL: url, NODE_ENV: 'production' } })
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString())
    if (output.length > 4000) output.splice(0, 1000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return { url, child, exited: new Promise((resolve) => child.once('exit', resolve)), output }
}

/** Resolves once the CMS serves its API; throws with its last output when it exits or takes over two minutes. */
export async function untilServing({ url, child, output }: RunningCms): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS at ${url} exited with ${child.exitCode}:\n${output.join('').slice(-3000)}`)
    try {
      if ((await fetch(`${url}/api/globals/organisation`, { signal: AbortSignal.timeout(5_000) })).ok) return
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS at ${url} did not start within 120 s:\n${output.join('').slice(-3000)}`)
}
