import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A static host's build hook that takes a while to answer, as a real build does: it
 * counts the builds asked for and how many ran at the same moment, so a test can tell
 * one build at a time from several, whichever CMS instance asked.
 */
export type BuildHost = {
  url: string
  calls: number
  mostAtOnce: number
  inFlight: number
  /** When each call came and was answered (ms since the epoch), for a failing test's message. */
  log: { from: number; to?: number }[]
  close: () => Promise<void>
}

export async function startBuildHost(buildMs: number, port = 0): Promise<BuildHost> {
  const host: BuildHost = { url: '', calls: 0, mostAtOnce: 0, inFlight: 0, log: [], close: async () => undefined }
  const server = http.createServer((request, response) => {
    request.resume()
    host.calls++
    host.inFlight++
    const entry: BuildHost['log'][number] = { from: Date.now() }
    host.log.push(entry)
    host.mostAtOnce = Math.max(host.mostAtOnce, host.inFlight)
    setTimeout(() => {
      host.inFlight--
      entry.to = Date.now()
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}')
    }, buildMs)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/build_hooks/test`
  host.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return host
}
