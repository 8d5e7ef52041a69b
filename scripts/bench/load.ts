/**
 * `npm run bench:load` (and part of `npm run bench`): the load suite's burst, sent to the
 * app started as `npm start` starts it, on SQLite and on PostgreSQL; prints requests per
 * second and the 95th-percentile latency of each endpoint beside its target, and writes
 * them to bench-results/load.json. A benchmark, not a test: the load suite
 * (`npm run test:load`) checks correctness; this reports speed.
 */
import fs from 'node:fs'
import { prepareBurst, sendBurst } from '../../tests/load/support/burst'
import { type Database, startStack } from '../../tests/load/support/stack'
import type { Answer, Endpoint } from '../../tests/load/support/visitors'

/** On this project's reference machine (2 cores): what a first-rate site should manage. */
const targets: Record<Endpoint, { p95Ms: number }> = {
  application: { p95Ms: 5_000 },
  pledge: { p95Ms: 3_000 },
  'checkout-once': { p95Ms: 3_000 },
  'checkout-monthly': { p95Ms: 3_000 },
  webhook: { p95Ms: 3_000 },
}
const targetThroughput = 40

type Row = { database: Database; endpoint: Endpoint | 'all'; requests: number; perSecond: number; p95Ms: number; targetP95Ms?: number; errors: number }

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

function rows(database: Database, answers: Answer[], seconds: number): Row[] {
  const out: Row[] = []
  for (const endpoint of Object.keys(targets) as Endpoint[]) {
    const mine = answers.filter((answer) => answer.endpoint === endpoint)
    out.push({ database, endpoint, requests: mine.length, perSecond: mine.length / seconds, p95Ms: percentile(mine.map((a) => a.ms), 95), targetP95Ms: targets[endpoint].p95Ms, errors: mine.filter((a) => a.status === 0 || a.status >= 500).length })
  }
  out.push({ database, endpoint: 'all', requests: answers.length, perSecond: answers.length / seconds, p95Ms: percentile(answers.map((a) => a.ms), 95), errors: answers.filter((a) => a.status === 0 || a.status >= 500).length })
  return out
}

export async function benchLoad(databases: Database[] = ['sqlite', 'postgres']): Promise<Row[]> {
  const results: Row[] = []
  for (const database of databases) {
    const stack = await startStack(database, { name: `bench-${database}` })
    try {
      const prepared = await prepareBurst(stack)
      const { answers, seconds } = await sendBurst(stack, prepared)
      results.push(...rows(database, answers, seconds))
    } finally {
      await stack.stop()
    }
  }
  return results
}

export function printLoad(results: Row[]) {
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i < 2 ? cell.padEnd(17) : cell.padStart(14))).join(''))
  console.log('\nLoad: one burst of mixed requests at the same moment (see tests/load/support/burst.ts)\n')
  line(['database', 'endpoint', 'requests', 'req/s', 'p95 ms', 'target p95', '5xx/dropped'])
  for (const row of results) {
    const target = row.endpoint === 'all' ? `≥ ${targetThroughput} req/s` : `≤ ${row.targetP95Ms}`
    line([row.database, row.endpoint, String(row.requests), row.perSecond.toFixed(1), row.p95Ms.toFixed(0), target, `${row.errors} (0)`])
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchLoad()
  printLoad(results)
  fs.mkdirSync('bench-results', { recursive: true })
  fs.writeFileSync('bench-results/load.json', JSON.stringify(results, null, 2))
}
