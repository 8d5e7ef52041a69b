/**
 * What each page of the built site may cost a visitor, in bytes sent compressed. Held by
 * tests/integration/pageBudgets.test.ts and compression.test.ts, and shown beside the
 * measured figures by the Lighthouse benchmark (scripts/bench/lighthouse.ts).
 */
export const pageBudgets = {
  /** The HTML of any page: within the first round trip of a new connection (TCP's initial window of 10 × 1,460 B). */
  html: 14_000,
  /** The stylesheets a page links and inlines, all of which block its first paint. */
  css: 10_000,
  /** What must arrive before the first paint: the HTML up to the end of its head, and the stylesheets it links. Also one round trip. */
  renderBlocking: 14_000,
  /** A page without an island: no script at all. */
  contentScript: 0,
  /** The root address, whose only script sends the visitor on to their language. */
  rootChooserScript: 1_000,
  /** A page with islands: React's own runtime (measured from this build) and at most this much more. */
  islandScriptBeyondReact: 20_000,
} as const
