// The site's own client directive (site/hydration/afterFirstPaint.ts, registered in astro.config.mjs).
declare namespace Astro {
  interface ClientDirectives {
    'client:painted'?: 'visible' | 'idle'
  }
}
