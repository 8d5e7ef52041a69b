import type { NeedCounts } from '../../../../domain/needs'

export type LiveCounts = NeedCounts & { id: number | string; status: string }

let shared: { url: string; counts: Promise<Map<string, LiveCounts>> } | undefined

/**
 * The latest figures from GET /api/needs, fetched once per page for all the wishlist's
 * islands. Empty when the CMS cannot be reached: the build's figures then stay.
 */
export function liveCounts(url: string): Promise<Map<string, LiveCounts>> {
  if (shared?.url !== url) {
    const counts = fetch(url, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs?: LiveCounts[] }>) : { docs: [] }))
      .then(({ docs }) => new Map((docs ?? []).filter((doc) => typeof doc.quantityNeeded === 'number' || doc.quantityNeeded === null).map((doc) => [String(doc.id), doc])))
      .catch(() => new Map<string, LiveCounts>())
    shared = { url, counts }
  }
  return shared.counts
}
