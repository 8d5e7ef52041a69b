/** The compressed copies the site build writes beside its text files (site/build/precompress.ts). */
export type Precompressed = 'br' | 'gzip'

/**
 * The compressed copies a client accepts, its preferred first, from its Accept-Encoding
 * header (RFC 9110, section 12.5.3): `q=0` refuses, `*` stands for every coding not
 * named, and Brotli, the smaller, wins a tie.
 */
export function acceptedEncodings(header: string | undefined): Precompressed[] {
  const weights = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.split(';').map((token) => token.trim().toLowerCase())
    if (!name) continue
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    const weight = q ? Number(q.slice(2)) : 1
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (coding: Precompressed) => weights.get(coding) ?? weights.get('*') ?? 0
  return (['br', 'gzip'] as const).filter((coding) => weightOf(coding) > 0).sort((a, b) => weightOf(b) - weightOf(a))
}
