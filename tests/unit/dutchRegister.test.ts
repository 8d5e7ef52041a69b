import { describe, expect, it } from 'vitest'
import { nl as adminWords } from '../../cms/i18n/nl'
import { loadProfile } from '../../cms/seed/profiles'
import { formMessages } from '../../domain/forms/messages'
import { emailCatalog, emailKinds } from '../../emails/catalog'
import { commonWords } from '../../emails/messages/common'
import siteWords from '../../site/i18n/nl'

/**
 * Dutch speaks to the reader as "je", as the source texts do ("Hoe kan jij JRS Belgium
 * helpen?"), on every page, form, message and email alike: one "u" or "uw" in the middle
 * of a journey reads like another organisation. This finds any that slip back in.
 */
const formal = /(?<![\p{L}\p{N}'’-])(u|uw|uwe|uzelf)(?![\p{L}\p{N}'’-])/iu

function texts(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${where}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, `${where}.${key}`))
  return []
}

/** The Dutch of seed content: every `nl` of its `{ nl, fr, en }` texts. */
function dutchOf(value: unknown, where: string): { where: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => dutchOf(item, `${where}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => (key === 'nl' ? texts(item, `${where}.nl`) : dutchOf(item, `${where}.${key}`)))
}

const addressedFormally = (all: { where: string; text: string }[]) => all.filter(({ text }) => formal.test(text)).map(({ where, text }) => `${where}: ${text}`)

describe('Dutch addresses the reader as "je"', () => {
  it('tells "u" and "uw" from words that merely contain the letters', () => {
    const formalOnes = ['Dank u wel!', 'Hoe wilt u geven?', 'Uw gift is aangekomen.', 'Zonder uw toestemming', 'U kunt ook overschrijven.']
    const familiarOnes = ['Hoe kan jij JRS Belgium helpen?', 'Dank je wel!', 'Een uur per week', 'nu', 'duurzaam', 'U-bocht', '{{amount}}']
    expect(formalOnes.filter((text) => !formal.test(text))).toEqual([])
    expect(familiarOnes.filter((text) => formal.test(text))).toEqual([])
  })

  it('in the site’s interface strings and form messages', () => {
    expect(addressedFormally([...texts(siteWords, 'site/i18n/nl'), ...texts(formMessages.nl, 'domain/forms/messages.nl')])).toEqual([])
  })

  it('in every email', () => {
    const words = emailKinds.flatMap((kind) => texts(emailCatalog[kind].words.nl, `emails ${kind}.nl`))
    expect(addressedFormally([...words, ...texts(commonWords.nl, 'emails common.nl')])).toEqual([])
  })

  it('in the seeded content of both profiles, and in the admin', async () => {
    const content = await Promise.all(['jrs-belgium', 'vluchtelingenwerk'].map(async (name) => dutchOf(await loadProfile(name), `content/${name}`)))
    expect(addressedFormally([...content.flat(), ...texts(adminWords, 'cms/i18n/nl')])).toEqual([])
  })
})
