/**
 * `npm run bench:emails`: how long one message takes to render once its template is
 * compiled (validation of the data, filling in escaped values, HTML and text), per kind.
 * Compilation (MJML) happens once per message and language and is timed separately.
 */
import { locales } from '../../domain/locales'
import { emailCatalog, emailKinds } from '../../emails/catalog'
import { compileAll, compileMessage, fillMessage, organisationValues, type OrganisationBranding } from '../../emails/render'

const organisation: OrganisationBranding = {
  name: 'Benchmark organisation',
  brandColour: '#9a3412',
  addressLines: ['Street 1', '1000 City'],
  websiteUrl: 'http://localhost:4321/nl/',
}
const rounds = 5_000

let started = performance.now()
await compileAll()
console.log(`Compiling ${emailKinds.length} messages × ${locales.length} languages (MJML, once): ${(performance.now() - started).toFixed(0)} ms\n`)

const orgValues = organisationValues(organisation)
let worst = 0
for (const kind of emailKinds) {
  const message = emailCatalog[kind]
  const compiled = await compileMessage(kind, 'nl')
  const render = () => fillMessage(compiled, { ...message.valuesFor(message.sample, 'nl'), ...orgValues })
  for (let i = 0; i < 500; i++) render() // warm-up
  started = performance.now()
  for (let i = 0; i < rounds; i++) render()
  const perMessage = (performance.now() - started) / rounds
  worst = Math.max(worst, perMessage)
  console.log(`${kind.padEnd(32)} ${(perMessage * 1000).toFixed(1).padStart(7)} µs per message`)
}
console.log(`\nSlowest: ${(worst * 1000).toFixed(1)} µs (budget: well under 1 ms).`)
if (worst >= 1) process.exitCode = 1
