import fs from 'node:fs'
import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { Payload } from 'payload'
import path from 'node:path'

/**
 * Payload's request handler starts the jobs queue's crons (autoRun) on the first request.
 * This file's tests run jobs themselves, so a cron must not run them concurrently.
 */
export async function stopCrons(apiUrl: string, payload: Payload): Promise<void> {
  await fetch(`${apiUrl}/api/volunteer-applications/challenge`)
  const crons = (payload as unknown as { crons: { stop(): void | Promise<void> }[] }).crons
  await Promise.all(crons.splice(0, crons.length).map((cron) => cron.stop()))
}

/** Solves the form's proof of work as the browser does, against the real challenge endpoint. */
export async function solvedProof(apiUrl: string): Promise<string> {
  const challenge = await (await fetch(`${apiUrl}/api/volunteer-applications/challenge`)).json()
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('Could not solve the challenge')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

let address = 0

/** Posts a multipart application; each call comes from its own address unless one is given. */
export async function apply(apiUrl: string, fields: Record<string, string | string[]>, files: Record<string, { bytes: Uint8Array; name: string; type?: string }> = {}, from?: string) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(name, v)
  for (const [name, file] of Object.entries(files)) form.append(name, new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }))
  const response = await fetch(`${apiUrl}/api/volunteer-applications`, { method: 'POST', body: form, headers: { 'x-forwarded-for': from ?? `10.0.0.${++address}` } })
  return { status: response.status, body: (await response.json()) as { reference?: string; errors?: Record<string, string> } }
}

/**
 * Where the CMS keeps applicants' files for the running test CMS. Worked out here rather
 * than imported from cms/: importing a CMS module before startTestCms() would fix its
 * data folder (and database) to the developer's own.
 */
export function privateFilesDir(): string {
  if (!process.env.DATA_DIR) throw new Error('Start the test CMS first.')
  return path.join(process.env.DATA_DIR, 'private', 'cv')
}

export function storedFiles(): string[] {
  const dir = privateFilesDir()
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

export async function counts(payload: Payload) {
  const [applications, emails] = await Promise.all([
    payload.count({ collection: 'volunteer-applications', overrideAccess: true }),
    payload.count({ collection: 'email-messages', overrideAccess: true }),
  ])
  return { applications: applications.totalDocs, emails: emails.totalDocs, files: storedFiles().length }
}

export async function roleId(payload: Payload, slug: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'volunteer-roles', where: { slug: { equals: slug } }, locale: 'en', limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`No role ${slug}`)
  return String(docs[0].id)
}
