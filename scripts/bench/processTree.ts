import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * Runs a command and samples the resident memory of it and all its descendants (from
 * /proc, every 100 ms): a build spawns Astro, Vite workers and Payload, so the peak of one
 * process would understate what the machine must have.
 */
export async function measureProcessTree(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; seconds: number; peakRssMb: number }> {
  const started = Date.now()
  const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
  let peak = 0
  const timer = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssKb(child.pid))
  }, 100)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearInterval(timer)
  return { code, seconds: (Date.now() - started) / 1000, peakRssMb: peak / 1024 }
}

function treeRssKb(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1])
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0))
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while being read
    }
  }
  let total = 0
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    total += rss.get(pid) ?? 0
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}
