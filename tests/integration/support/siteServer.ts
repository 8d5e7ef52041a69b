import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { HeaderRule } from '../../../cms/security/headers'

/** scripts/serve-site.ts as `npm start` runs it, on a free port unless `env` names one. Also used by scripts/bench/lighthouse.ts. */
export function startSiteServer(env: Record<string, string>): Promise<{ server: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-site.ts'], { env: { ...process.env, SITE_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`serve-site.ts did not start:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /Site:\s+(http:\/\/localhost:\d+)\//.exec(output)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ server: child, url })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', (code) => reject(new Error(`serve-site.ts exited with ${code}:\n${output}`)))
  })
}

/** The `_headers` file as a static host reads it: a path at the start of a line, its headers indented below. */
export function readHeadersFile(dir: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of fs.readFileSync(path.join(dir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} })
    else {
      const colon = line.indexOf(':')
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
    }
  }
  if (rules.length === 0) throw new Error(`${dir}/_headers has no rules`)
  return rules
}
