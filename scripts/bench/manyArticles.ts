/**
 * Adds `BENCH_ARTICLES` published news articles (default 1,000), each in Dutch, French and
 * English, to the database DATABASE_URL names: the content of the build benchmark
 * (scripts/bench/build.ts). Run in a process of its own so that the benchmark's
 * measurements never include this Payload instance.
 */
import { getPayload } from 'payload'
import config from '../../cms/payload.config'
import { type Locale, locales } from '../../domain/locales'

const count = Number(process.env.BENCH_ARTICLES || 1_000)
const words: Record<Locale, string[]> = {
  nl: ['bezoek', 'gesloten', 'centrum', 'vrijwilliger', 'verhaal', 'begeleiding', 'vluchteling', 'hoop'],
  fr: ['visite', 'centre', 'fermé', 'bénévole', 'récit', 'accompagnement', 'réfugié', 'espoir'],
  en: ['visit', 'closed', 'centre', 'volunteer', 'story', 'accompaniment', 'refugee', 'hope'],
}

function paragraph(text: string) {
  return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }
}

function article(n: number, locale: Locale) {
  const pick = (i: number) => words[locale][(n * 7 + i) % words[locale].length]
  const title = `${pick(0)} ${pick(1)} ${pick(2)} ${n}`
  const sentences = Array.from({ length: 6 }, (_, i) => `${pick(i)} ${pick(i + 1)} ${pick(i + 2)} ${pick(i + 3)} ${n}-${i}.`)
  return {
    title,
    slug: `bench-${locale}-${n}`,
    summary: sentences.slice(0, 2).join(' '),
    publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString(),
    body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(sentences.join(' ')), paragraph(sentences.reverse().join(' '))] } },
    _status: 'published',
  }
}

const payload = await getPayload({ config })
try {
  const [first, ...others] = locales
  for (let n = 1; n <= count; n++) {
    const doc = await payload.create({ collection: 'news', locale: first, data: article(n, first) as never, context: { skipSiteRebuild: true } })
    for (const locale of others) await payload.update({ collection: 'news', id: doc.id, locale, data: article(n, locale) as never, context: { skipSiteRebuild: true } })
    if (n % 100 === 0) console.log(`  ${n} of ${count} articles`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
