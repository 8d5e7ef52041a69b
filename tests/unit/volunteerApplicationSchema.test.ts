import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { fieldErrors } from '../../domain/forms/errors'
import { formMessages } from '../../domain/forms/messages'
import { applicationFromFormData, volunteerApplicationSchema } from '../../domain/forms/volunteerApplication'

function form(fields: Record<string, string | string[]>, files: Record<string, File> = {}): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v)
  for (const [name, file] of Object.entries(files)) data.append(name, file)
  return data
}

const visitor = {
  role: '3',
  track: 'standard',
  locale: 'fr',
  name: 'Amina Diallo',
  email: 'amina@example.org',
  phone: '+32 470 12 34 56',
  preferredLanguage: 'fr',
  town: '1150',
  'languages.0.language': 'Français',
  'languages.0.level': 'native',
  'languages.1.language': 'Nederlands',
  'languages.1.level': 'good',
  centres: ['bruges', 'merksplas'],
  hoursPerWeek: '8',
  drivingLicence: 'true',
  experience: ['law', 'refugees'],
  motivation: 'Je veux accompagner les personnes détenues.',
  consent: 'true',
}
const cv = () => new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' })

function check(fields: Record<string, string | string[]>, files: Record<string, File> = {}) {
  const { input } = applicationFromFormData(form(fields, files))
  return volunteerApplicationSchema.safeParse(input)
}
function errorsOf(fields: Record<string, string | string[]>, files: Record<string, File> = {}, locale: 'nl' | 'fr' | 'en' = 'fr') {
  const result = check(fields, files)
  expect(result.success).toBe(false)
  return fieldErrors(result.error as z.ZodError, locale)
}

describe('the volunteer application schema', () => {
  it('accepts a full visiting application and reads repeated and numbered fields', () => {
    const result = check(visitor, { cv: cv() })
    expect(result.success).toBe(true)
    const data = result.data!
    expect(data.track).toBe('standard')
    if (data.track !== 'standard') return
    expect(data.languages).toEqual([
      { language: 'Français', level: 'native' },
      { language: 'Nederlands', level: 'good' },
    ])
    expect(data.centres).toEqual(['bruges', 'merksplas'])
    expect(data.hoursPerWeek).toBe(8)
    expect(data.drivingLicence).toBe(true)
    expect(data.cv).toEqual({ name: 'cv.pdf', size: 8 })
    expect(data.keepForFutureRoles).toBe(false)
  })

  it('asks for consent, in the applicant’s language', () => {
    const { consent: _, ...fields } = visitor
    expect(errorsOf(fields, { cv: cv() }).consent).toBe(formMessages.fr.consentRequired)
    expect(errorsOf(fields, { cv: cv() }, 'nl').consent).toBe(formMessages.nl.consentRequired)
  })

  it('rejects a filled honeypot', () => {
    expect(errorsOf({ ...visitor, website: 'http://spam.example' }, { cv: cv() }).website).toBe(formMessages.fr.spam)
  })

  it('rejects markup in free text', () => {
    expect(errorsOf({ ...visitor, motivation: 'Bonjour <script>alert(1)</script>' }, { cv: cv() }).motivation).toBe(formMessages.fr.noMarkup)
    expect(errorsOf({ ...visitor, name: '<b>Amina</b>' }, { cv: cv() }).name).toBe(formMessages.fr.noMarkup)
    // A lone "<" in ordinary writing is not markup.
    expect(check({ ...visitor, motivation: 'Disponible < 10 h par semaine' }, { cv: cv() }).success).toBe(true)
  })

  it('holds every free-text field to the shared plain-text rule', () => {
    expect(check({ ...visitor, motivation: 'Bonjour,\r\n\r\nJe suis disponible.\tMerci' }, { cv: cv() }).success).toBe(true)
    expect(errorsOf({ ...visitor, name: 'Amina\u202eanimA' }, { cv: cv() }).name).toBe(formMessages.fr.invisibleCharacters)
    expect(errorsOf({ ...visitor, town: 'Bru\nxelles' }, { cv: cv() }).town).toBe(formMessages.fr.invisibleCharacters)
    expect(errorsOf({ ...visitor, heardFrom: 'javascript:alert(1)' }, { cv: cv() }).heardFrom).toBe(formMessages.fr.noMarkup)
    expect(errorsOf({ ...visitor, 'languages.0.language': '<i>Français</i>' }, { cv: cv() })['languages.0.language']).toBe(formMessages.fr.noMarkup)
    expect(errorsOf({ ...visitor, experienceDetails: 'nul\u0000' }, { cv: cv() }).experienceDetails).toBe(formMessages.fr.invisibleCharacters)
  })

  it('takes role ids a record can have, and nothing else', () => {
    for (const role of ['', '0', 'abc', '1\u0000', '99999999999', '1; DROP TABLE']) expect(errorsOf({ ...visitor, role }, { cv: cv() }).role, role).toBe(formMessages.fr.choice)
    const { role: _, ...withoutRole } = visitor
    expect(errorsOf(withoutRole, { cv: cv() }).role).toBe(formMessages.fr.choice)
    expect(errorsOf({ ...visitor, otherRoles: ['4', 'x'] }, { cv: cv() })['otherRoles.1']).toBe(formMessages.fr.choice)
  })

  it('needs a CV for visiting roles, of an accepted kind and size', () => {
    expect(errorsOf(visitor).cv).toBe(formMessages.fr.cvRequired)
    expect(errorsOf(visitor, { cv: new File(['MZ'], 'cv.exe') }).cv).toBe(formMessages.fr.fileType)
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'cv.pdf')
    expect(errorsOf(visitor, { cv: big }).cv).toBe(formMessages.fr.fileTooLarge)
  })

  it('takes the motivation as text or as a file, but needs one of them', () => {
    expect(errorsOf({ ...visitor, motivation: '' }, { cv: cv() }).motivation).toBe(formMessages.fr.motivationRequired)
    expect(check({ ...visitor, motivation: '' }, { cv: cv(), motivationFile: new File(['PK'], 'lettre.odt') }).success).toBe(true)
  })

  it('checks email, phone, hours, language levels and centres', () => {
    const errors = errorsOf({ ...visitor, email: 'amina@', phone: 'call me', hoursPerWeek: '0', 'languages.0.level': 'expert', centres: ['antwerp'] }, { cv: cv() })
    expect(errors.email).toBe(formMessages.fr.email)
    expect(errors.phone).toBe(formMessages.fr.phone)
    expect(errors.hoursPerWeek).toBe(formMessages.fr.hours)
    expect(errors['languages.0.level']).toBe(formMessages.fr.choice)
    expect(errors['centres.0']).toBe(formMessages.fr.choice)
  })

  it('needs at least one language for visiting roles', () => {
    const { 'languages.0.language': _a, 'languages.0.level': _b, 'languages.1.language': _c, 'languages.1.level': _d, ...fields } = visitor
    expect(errorsOf(fields, { cv: cv() }).languages).toBe(formMessages.fr.languagesRequired)
  })

  it('asks hosts about their home instead, with no CV', () => {
    const host = { role: '9', track: 'hosting', locale: 'nl', name: 'Familie Wouters', email: 'host@example.org', phone: '02 738 08 18', preferredLanguage: 'nl', town: 'Leuven', motivation: 'We hebben plaats.', consent: 'on' }
    const errors = errorsOf(host, {}, 'nl')
    expect(Object.keys(errors).sort()).toEqual(['hostingPeriod', 'household', 'region', 'spareRoom'])
    const result = check({ ...host, region: 'Vlaams-Brabant', household: 'Een koppel', spareRoom: 'yes', hostingPeriod: 'Vanaf maart' })
    expect(result.success).toBe(true)
    expect(result.data).not.toHaveProperty('cv')
  })

  it('refuses an unknown track or language', () => {
    expect(check({ ...visitor, track: 'admin' }, { cv: cv() }).success).toBe(false)
    expect(errorsOf({ ...visitor, locale: 'de' }, { cv: cv() }).locale).toBe(formMessages.fr.choice)
  })
})
