import { loadSiteContent, type SiteContent } from './cms'
import { buildRouteTable, type RouteTable } from './routes'

/** Content and addresses, loaded once per build and shared by every page. */
export type Site = SiteContent & { routeTable: RouteTable }

let site: Promise<Site> | undefined

export function loadSite(): Promise<Site> {
  site ??= loadSiteContent().then((content) => ({ ...content, routeTable: buildRouteTable(content) }))
  return site
}
