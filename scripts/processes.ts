import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/** Telemetry of the build tools would call home; this site makes no such requests. */
export const quietEnv = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' }

/** Runs a step to completion (binaries from node_modules/.bin, as npm scripts find them); stops everything if it fails. */
export function runStep(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▸ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...quietEnv, ...env } })
  if (result.status !== 0) {
    throw new Error(`${title} failed (${command} ${args.join(' ')} exited with ${result.status ?? result.signal}).`)
  }
}

/**
 * Starts a long-running service in its own process group, so that stopping it also stops
 * whatever it started (npm, next-server, …), under scripts/supervise.mjs, which stops that
 * group by itself when this process ends, even by SIGKILL (it watches a pipe from us).
 */
export function startService(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [path.join(import.meta.dirname, 'supervise.mjs'), command, ...args], {
    stdio: ['pipe', 'inherit', 'inherit'],
    detached: true,
    env: { ...process.env, ...quietEnv, ...env },
  })
}

export function stopService(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Resolves once the address answers at all (any status), or throws after the time limit. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`)
}
