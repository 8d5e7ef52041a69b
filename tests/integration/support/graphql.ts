import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { TestCms } from './testPayload'

/**
 * Payload's own GraphQL route handler (the one the Next app mounts at /api/graphql),
 * called with a plain Request: the real schema and access rules, without Next.
 */
export async function graphqlQuery(cms: TestCms, query: string, token?: string): Promise<{ data?: Record<string, any> | null; errors?: unknown[] }> {
  const handler = GRAPHQL_POST(Promise.resolve(cms.payload.config))
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  const response = await handler(request)
  return (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] }
}
