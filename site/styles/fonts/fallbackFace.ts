import { createFontStack, type FontMetrics } from '@capsizecss/core'
import { fromBuffer } from '@capsizecss/unpack'
import { fallbackFamily, type WebFont } from './webFonts'

/** A local font's @font-face, resized and re-spaced so that its text takes the web font's room. */
export type FallbackFace = {
  family: string
  src: string
  sizeAdjust: string
  ascentOverride: string
  descentOverride: string
  lineGapOverride: string
}

/**
 * The stand-in for `font`, computed by capsize from the file the site serves: its ascent,
 * descent, line gap and em size decide the line box, so a line of fallback text is exactly
 * as tall as a line of the web font, and `size-adjust` makes its average letter as wide.
 */
export async function fallbackFace(font: WebFont, servedFile: Buffer): Promise<FallbackFace> {
  const served = await fromBuffer(servedFile)
  const metrics = { ...served, familyName: font.family, xWidthAvg: font.regular.xWidthAvg, subsets: font.regular.subsets }
  const { fontFaces } = createFontStack([metrics, font.fallback], { fontFaceFormat: 'styleObject' })
  const face = fontFaces[0]['@font-face']
  const { sizeAdjust, ascentOverride, descentOverride, lineGapOverride } = face
  if (!sizeAdjust || !ascentOverride || !descentOverride || lineGapOverride === undefined) {
    throw new Error(`capsize left out an override for ${font.family}: ${JSON.stringify(face)}`)
  }
  // capsize names the face after the family it is given, quoted for CSS.
  if (face.fontFamily.replace(/^"(.*)"$/, '$1') !== fallbackFamily(font)) throw new Error(`capsize named the fallback ${face.fontFamily}, not "${fallbackFamily(font)}"`)
  return {
    family: fallbackFamily(font),
    src: [face.src, ...font.sameMetrics.flatMap((same) => localNames(font.fallback, same.metrics, same.alsoKnownAs))].join(', '),
    sizeAdjust: String(sizeAdjust),
    ascentOverride: String(ascentOverride),
    descentOverride: String(descentOverride),
    lineGapOverride: String(lineGapOverride),
  }
}

const measured = ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'xWidthAvg'] as const

/** The local() names of a font drawn to the fallback's measurements; refused if it is not. */
function localNames(fallback: FontMetrics, same: FontMetrics, alsoKnownAs: string[]): string[] {
  const differing = measured.filter((key) => same[key] !== fallback[key])
  if (differing.length > 0) throw new Error(`${same.familyName} does not measure like ${fallback.familyName} (${differing.join(', ')}): it needs overrides of its own`)
  return [...new Set([same.fullName, same.postscriptName, ...alsoKnownAs])].map((name) => `local('${name}')`)
}
