import type { ClientDirective } from 'astro'

/**
 * `client:painted="visible"` and `client:painted="idle"`: Astro's client:visible and
 * client:idle, begun only once the page has been painted. The fonts are preloaded with
 * font-display: optional, so the browser holds the first paint for them a moment; in that
 * moment Astro's own directives already fire and the islands' scripts (React's runtime
 * among them) start loading, competing with the page's first paint for the network. Waiting
 * for the paint keeps them out of its way; the forms work without script until then.
 */
const afterFirstPaint: ClientDirective = (load, options, el) => {
  const hydrate = async () => {
    const run = await load()
    await run()
  }
  firstPaint().then(() => (options.value === 'idle' ? whenIdle(hydrate) : whenVisible(el, hydrate)))
}

function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const afterAFrame = () => requestAnimationFrame(() => setTimeout(resolve))
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return afterAFrame()
    if (performance.getEntriesByType('paint').length > 0) return resolve()
    const observer = new PerformanceObserver(() => {
      observer.disconnect()
      resolve()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}

/** As client:visible (half a screen ahead): Astro's island is display: contents, so its children are watched. */
function whenVisible(el: HTMLElement, hydrate: () => void) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      hydrate()
    },
    { rootMargin: '50%' },
  )
  for (const child of Array.from(el.children)) observer.observe(child)
}

function whenIdle(hydrate: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(hydrate)
  else setTimeout(hydrate, 200)
}

export default afterFirstPaint
