// The root address: sends the visitor on to the first of their browser's languages that
// the page offers (its hreflang alternates, already parsed when this runs in the <head>).
// A file rather than an inline script, so that the site's Content-Security-Policy allows
// no inline script of ours. Without script, the page's links remain.
;(() => {
  const offered = new Map()
  for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]')) {
    const language = link.hreflang.slice(0, 2).toLowerCase()
    if (link.hreflang !== 'x-default' && !offered.has(language)) offered.set(language, new URL(link.href).pathname)
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language || '']
  for (const tag of preferred) {
    const target = offered.get(String(tag).slice(0, 2).toLowerCase())
    if (target) return location.replace(target)
  }
})()
