import { readFile } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'
import { expect, type Page, test } from '@playwright/test'
import { enterpriseNumberCheckDigits } from '../../domain/tax/EnterpriseNumber'
import { cmsUrl } from '../../playwright.config'
import { codaStatementWith } from '../support/bankStatementFiles'
import { emailTo } from './support/mailCatcher'

/**
 * Issue 11 end to end, in Chromium against the whole stack: with the setting on (set through
 * the REST API as an administrator), a donor asks for a bank-transfer reference; finance
 * uploads the bank's CODA statement in the admin, which records the gift; the donor adds
 * their address and national register number through the link in the thank-you email;
 * finance issues the year and downloads the PDFs (ZIP) and the Belcotax file; the donor
 * opens the link in the certificate email and downloads their certificate.
 */
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date())) - 1
// Last year's gifts: the other specs' gifts (made today) stay out of this year's certificates.
const bookingDay = `${year}-12-15`
const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')
const nationalNumber = withCheck('880214123')

const linkIn = (email: { text?: string }) => {
  const match = /https?:\/\/\S+\/api\/self-service\/[A-Za-z0-9._-]+/.exec(email.text ?? '')
  expect(match, 'a personal link in the email').not.toBeNull()
  return match![0]
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.com', password: 'local-only-password' }) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function updateGlobal(token: string, slug: string, data: Record<string, unknown>) {
  const response = await fetch(`${cmsUrl}/api/globals/${slug}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(data) })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** The files of a ZIP made by cms/selfService/zipWriter.ts (sizes in each local header). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  let at = 0
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18)
    const nameLength = zip.readUInt16LE(at + 26)
    const extra = zip.readUInt16LE(at + 28)
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8')
    const start = at + 30 + nameLength + extra
    files.set(name, inflateRawSync(zip.subarray(start, start + size)))
    at = start + size
  }
  return files
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) }
}

test('finance uploads a statement, issues the year and downloads the ZIP and the XML; the donor downloads their certificate', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const address = `tax.certificate.${Date.now()}@example.be`

  // The setting on, and the account the transfers go to, as an administrator through the API.
  const token = await adminToken()
  await updateGlobal(token, 'tax-certificate-settings', {
    approved: true,
    approvedFrom: 2024,
    enterpriseNumber: `04123456${enterpriseNumberCheckDigits('04123456')}`,
    reductionRates: [
      { year, percent: 30 },
      { year: year + 1, percent: 30 },
    ],
    minimumCents: 4000,
    signatory: { name: 'Hélène Van den Broeck', function: 'Directrice' },
    belcotaxContact: { name: 'Finance JRS', phone: '02 738 08 18', email: 'finance@jrsbelgium.org' },
  })
  await updateGlobal(token, 'organisation', { bankAccount: { accountHolder: 'JRS Belgium', iban: 'BE68539007547034' }, _status: 'published' })

  // The donor asks for a structured communication, wanting a certificate (in French: the English page asks which).
  const asked = await fetch(`${cmsUrl}/api/bank-transfer-references`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: 'en', name: 'Eva Certificate', email: address, amountCents: 7500, taxCertificate: true, certificateLanguage: 'fr' }) })
  expect(asked.status, await asked.clone().text()).toBe(201)
  const { communication } = (await asked.json()) as { communication: string }

  // Finance uploads the bank's statement: the transfer becomes Eva's gift.
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill('finance@example.com')
  await page.getByLabel('Password').fill('local-only-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
  await page.goto(`${cmsUrl}/admin/collections/bank-statements`)
  await page.getByLabel('Statement file').setInputFiles({ name: `statement-${Date.now()}.cod`, mimeType: 'text/plain', buffer: Buffer.from(codaStatementWith({ sequence: '187', day: bookingDay, credits: [{ cents: 7_500, structured: communication, name: 'EVA CERTIFICATE' }] })) })
  await page.getByRole('button', { name: 'Upload and match' }).click()
  await expect(page.getByText(/1 recorded as gifts/).first()).toBeVisible()

  // The donor adds their address and national register number through the thank-you email's link.
  const donor = await browser.newPage()
  await donor.goto(linkIn(await emailTo(address, { subject: /thank/i })))
  await donor.getByLabel('Street and number').fill('Rue Haute 12')
  await donor.getByLabel('Postal code').fill('1000')
  await donor.getByLabel('Town').fill('Bruxelles')
  await donor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(donor.getByRole('status')).toContainText('Your name and address have been saved')
  await donor.getByLabel('National register number (or BIS number)').fill(nationalNumber)
  await donor.getByRole('button', { name: 'Save my number' }).click()
  await expect(donor.getByRole('status')).toContainText('Your national register number has been saved')
  await expect(donor.getByText(`A number ending in …${nationalNumber.slice(-3)} is on file.`)).toBeVisible()
  await expect(donor.locator('body')).not.toContainText(nationalNumber)

  // Finance issues the year, then downloads the PDFs and the Belcotax file.
  await page.goto(`${cmsUrl}/admin/collections/tax-certificates`)
  await page.locator('#tax-year').fill(String(year))
  await expect(page.getByText(/donors reach the minimum/)).toBeVisible()
  await page.getByRole('button', { name: 'Issue the year' }).click()
  await expect(page.getByText(new RegExp(`${year}: 1 issued`)).first()).toBeVisible()

  const zip = await downloaded(page, () => page.getByRole('button', { name: 'Download the PDFs (ZIP)' }).click())
  expect(zip.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
  const pdfs = [...unzip(zip.bytes)]
  expect(pdfs.length).toBeGreaterThanOrEqual(1)
  for (const [name, bytes] of pdfs) {
    expect(name).toMatch(/\.pdf$/)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }

  const xml = await downloaded(page, () => page.getByRole('button', { name: 'Belcotax file (test)' }).click())
  const text = xml.bytes.toString('utf8')
  expect(text).toMatch(/^<\?xml/)
  expect(text).toContain('<Fiche28171>')
  expect(text).toContain('BCTEST')
  expect(text).toContain(nationalNumber)

  // The donor opens the certificate email's link and downloads their certificate.
  await donor.goto(linkIn(await emailTo(address, { subject: new RegExp(`tax certificate for ${year}`) })))
  const certificate = await downloaded(donor, () => donor.getByRole('link', { name: `Tax year ${year}` }).click())
  expect(certificate.name).toMatch(/\.pdf$/)
  expect(certificate.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
