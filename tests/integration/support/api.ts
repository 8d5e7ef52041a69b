import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ReadableStream as WebStream } from 'node:stream/web'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'
import { withSocketAddress } from '../../../cms/security/socketAddress'
import type { TestCms } from './testPayload'

/**
 * The CMS's HTTP API without Next.js: Payload's own request handlers (REST and GraphQL)
 * behind a plain Node server on a free port, so tests (and the local Stripe server's webhooks) reach the
 * real endpoints over HTTP.
 */
export async function serveApi(cms: TestCms): Promise<{ url: string; close: () => Promise<void> }> {
  const config = cms.payload.config
  // The tests stand in for the proxy in front of a deployment: their X-Forwarded-For names the visitor.
  process.env.TRUSTED_PROXIES ??= 'loopback'
  const server = http.createServer(async (req, res) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    // The body streams through as it does under Next: read only when a handler reads it (so a limit on its size is
    // really tested), and otherwise left for Node to discard once the answer is sent.
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const body = hasBody ? (WebStream.from(req) as unknown as ReadableStream<Uint8Array>) : undefined
    const request = withSocketAddress(new Request(`http://localhost${req.url}`, { method: req.method, headers, body, duplex: 'half' } as RequestInit), req.socket.remoteAddress)
    // Next mounts GraphQL as a route of its own; so does this server.
    const response = req.url === '/api/graphql' && req.method === 'POST' ? await GRAPHQL_POST(Promise.resolve(config))(request) : await handleEndpoints({ config, request })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
