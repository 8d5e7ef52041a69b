import type { APIRoute } from 'astro'
import { loadSite } from '../lib/site'

/** Old address → new address, for the static server (scripts/serve-site.ts) to answer with 301. */
export const GET: APIRoute = async () => {
  const site = await loadSite()
  const redirects = Object.fromEntries(site.routeTable.routes.filter((route) => route.kind === 'redirect').map((route) => [route.path, route.target]))
  return new Response(JSON.stringify(redirects, null, 2), { headers: { 'Content-Type': 'application/json' } })
}
