import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { locales } from '../../domain/locales'
import { emailCatalog, emailKinds } from '../../emails/catalog'
import { fillTemplate, htmlFormat, parseTemplate } from '../../emails/engine'
import { compileAll, type OrganisationBranding, renderEmail, templatesDir } from '../../emails/render'

const organisation: OrganisationBranding = {
  name: 'Test Organisation',
  shortName: 'TO',
  logoUrl: 'https://cms.example.org/api/media/file/logo-480.webp',
  brandColour: '#123abc',
  addressLines: ['Rue de la Loi 1', '1000 Bruxelles'],
  websiteUrl: 'https://www.example.org/fr/',
}

beforeAll(async () => {
  await compileAll()
}, 60_000)

describe('every message in every language', () => {
  for (const kind of emailKinds) {
    for (const locale of locales) {
      it(`${kind} (${locale}) renders completely`, async () => {
        const email = await renderEmail({ kind, locale, data: emailCatalog[kind].sample, organisation })
        expect(email.subject.length).toBeGreaterThan(5)
        for (const part of [email.subject, email.html, email.text]) {
          expect(part).not.toMatch(/\{\{|\}\}/)
          expect(part).not.toContain('undefined')
        }
        expect(email.html).toContain(`<html lang="${locale}"`)
        expect(email.html).toContain('#123abc')
        expect(email.html).not.toMatch(/#01fe02/i)
        expect(email.html).toContain('src="https://cms.example.org/api/media/file/logo-480.webp"')
        expect(email.html).toContain('Rue de la Loi 1<br>1000 Bruxelles')
        expect(email.text).toContain('Test Organisation')
        expect(email.text).toContain('Rue de la Loi 1\n1000 Bruxelles')
        expect(email.text).not.toMatch(/<[a-z]/i)
      })
    }
  }
})

describe('the words', () => {
  it('exist in every language, with no language borrowing another’s text', () => {
    for (const kind of emailKinds) {
      const [nl, fr, en] = locales.map((locale) => emailCatalog[kind].words[locale])
      expect(Object.keys(fr!).sort(), kind).toEqual(Object.keys(nl!).sort())
      expect(Object.keys(en!).sort(), kind).toEqual(Object.keys(nl!).sort())
      expect(fr!.heading, kind).not.toBe(nl!.heading)
      expect(en!.heading, kind).not.toBe(fr!.heading)
    }
  })

  it('each kind has its MJML and text template, and its catalog key matches the message', () => {
    for (const kind of emailKinds) {
      expect(emailCatalog[kind].kind).toBe(kind)
      expect(fs.existsSync(path.join(templatesDir, `${kind}.mjml`))).toBe(true)
      expect(fs.existsSync(path.join(templatesDir, `${kind}.txt`))).toBe(true)
    }
  })
})

describe('values from visitors', () => {
  const hostile = '<script>alert("x")</script> & Co'

  it('are HTML-escaped in the HTML part and kept as typed in the text part', async () => {
    const email = await renderEmail({ kind: 'donation-thank-you', locale: 'en', data: { ...emailCatalog['donation-thank-you'].sample, donorName: hostile }, organisation })
    expect(email.html).not.toContain('<script>')
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co')
    expect(email.text).toContain(hostile)
    expect(email.subject).toBe(`Thank you for your gift, ${hostile}`)
  })

  it('cannot break out of an attribute', async () => {
    const email = await renderEmail({
      kind: 'volunteer-application-new',
      locale: 'nl',
      data: { applicantName: 'A', roleTitle: 'B', reference: 'V-AAAAAAAA', adminUrl: 'https://cms.example.org/admin?x="><img src=y>' },
      organisation,
    })
    expect(email.html).toContain('href="https://cms.example.org/admin?x=&quot;&gt;&lt;img src=y&gt;"')
    expect(email.html).not.toContain('<img src=y')
  })

  it('cannot add a header line through the subject', async () => {
    const email = await renderEmail({ kind: 'donation-thank-you', locale: 'fr', data: { ...emailCatalog['donation-thank-you'].sample, donorName: 'Eve\r\nBcc: x@example.org' }, organisation })
    expect(email.subject).toBe('Merci pour votre don, Eve Bcc: x@example.org')
  })

  it('are validated: wrong data is refused before anything is sent', async () => {
    await expect(renderEmail({ kind: 'monthly-donor-welcome', locale: 'nl', data: { donorName: 'X', amountCents: 500, startsOn: '2026-12-01', manageUrl: 'javascript:alert(1)' }, organisation })).rejects.toBeInstanceOf(ZodError)
    await expect(renderEmail({ kind: 'goods-pledge-new', locale: 'nl', data: { giverName: 'X', items: [], adminUrl: 'https://a.example' }, organisation })).rejects.toBeInstanceOf(ZodError)
  })

  it('an organisation without a logo shows its name instead', async () => {
    const email = await renderEmail({ kind: 'host-interest-received', locale: 'en', data: { hostName: 'H' }, organisation: { ...organisation, logoUrl: undefined } })
    expect(email.html).not.toContain('<img')
    expect(email.html).toMatch(/>Test Organisation<\/div>/)
  })
})

describe('the fill-in engine', () => {
  it('shows sections by value, joins lists and refuses a missing value', () => {
    const template = parseTemplate('{{#a}}A={{a}};{{/a}}{{^b}}no b;{{/b}}{{list}}', 'test')
    expect(fillTemplate(template, { a: 'x<y', b: '', list: ['1', '2'] }, htmlFormat)).toBe('A=x&lt;y;no b;1<br>2')
    expect(() => fillTemplate(template, { a: 'x', b: '' }, htmlFormat)).toThrow(/list/)
  })

  it('rejects unbalanced sections', () => {
    expect(() => parseTemplate('{{#a}}x', 'test')).toThrow(/never closed/)
    expect(() => parseTemplate('{{#a}}x{{/b}}', 'test')).toThrow(/closes/)
  })
})
