import type { FontMetrics } from '@capsizecss/core'
import arial from '@capsizecss/metrics/arial'
import arimo from '@capsizecss/metrics/arimo'
import fraunces from '@capsizecss/metrics/fraunces'
import sourceSans3 from '@capsizecss/metrics/sourceSans3'
import timesNewRoman from '@capsizecss/metrics/timesNewRoman'
import tinos from '@capsizecss/metrics/tinos'

/**
 * The site's two web fonts, self-hosted from @fontsource-variable, and what stands in for
 * each while it is not there. One list, read by generate.ts (which writes fonts.css) and
 * by the build test (which checks the built stylesheet against it); the layout preloads
 * the latin files (site/layouts/FontPreloads.astro).
 */
export type WebFont = {
  /** The family name the stylesheet uses. */
  family: string
  /** The custom property holding the whole font stack (base.css uses it). */
  cssVariable: `--${string}`
  /** The package and the start of its file names: `<package>/files/<file>-<subset>-wght-normal.woff2`. */
  package: string
  file: string
  /** The variable font's weight axis, as fontsource declares it. */
  weights: string
  /**
   * The same typeface's Regular instance, measured by capsize from the static file. The
   * variable file's default instance is an extreme of the weight axis (ExtraLight for
   * Source Sans, Black for Fraunces), so its average glyph width is not that of the text;
   * the Regular's is, near enough for headings set at 600 too.
   */
  regular: FontMetrics
  /** A font installed nearly everywhere, scaled and re-spaced to take the web font's room. */
  fallback: FontMetrics
  /**
   * Fonts made to the fallback's measurements under other names (Linux has these rather
   * than the Microsoft fonts): the same overrides fit them, which generate.ts verifies.
   */
  sameMetrics: { metrics: FontMetrics; alsoKnownAs: string[] }[]
  /** After the fallback: what the browser may use when none of the above is installed. */
  generic: string[]
}

/**
 * Only the scripts the site's languages are written in: latin covers nl, fr and en (œ and
 * € included), latin-ext the odd name from elsewhere in Europe.
 */
export const subsets = ['latin', 'latin-ext'] as const
export type Subset = (typeof subsets)[number]

export const webFonts: WebFont[] = [
  {
    family: 'Source Sans 3 Variable',
    cssVariable: '--font-body',
    package: '@fontsource-variable/source-sans-3',
    file: 'source-sans-3',
    weights: '200 900',
    regular: sourceSans3,
    fallback: arial,
    sameMetrics: [{ metrics: arimo, alsoKnownAs: ['Liberation Sans', 'LiberationSans'] }],
    generic: ['system-ui', '-apple-system', "'Segoe UI'", 'sans-serif'],
  },
  {
    family: 'Fraunces Variable',
    cssVariable: '--font-display',
    package: '@fontsource-variable/fraunces',
    file: 'fraunces',
    weights: '100 900',
    regular: fraunces,
    fallback: timesNewRoman,
    sameMetrics: [{ metrics: tinos, alsoKnownAs: ['Liberation Serif', 'LiberationSerif'] }],
    generic: ['Georgia', 'serif'],
  },
]

/** The package path of one subset's file, as CSS url() and import resolve it. */
export function fontFile(font: WebFont, subset: Subset): string {
  return `${font.package}/files/${font.file}-${subset}-wght-normal.woff2`
}

/** The name of the metric-matched stand-in's @font-face. */
export function fallbackFamily(font: WebFont): string {
  return `${font.family} Fallback`
}
