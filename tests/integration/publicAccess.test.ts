import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { startTestCms, type TestCms } from './support/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
})
afterAll(async () => {
  await cms?.close()
})

describe('what the public can read', () => {
  it('sees published programmes but never a draft', async () => {
    const { payload } = cms
    const draft = await payload.create({
      collection: 'programmes',
      locale: 'nl',
      draft: true,
      data: { title: 'Ontwerp dat niemand mag zien', summary: 'Nog niet klaar', body: null as never, _status: 'draft' },
    })
    const asPublic = await payload.find({ collection: 'programmes', overrideAccess: false, pagination: false })
    expect(asPublic.docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect(asPublic.docs.length).toBe(4)

    await expect(payload.findByID({ collection: 'programmes', id: draft.id, overrideAccess: false })).rejects.toThrow()
  })

  it('does not see a draft change to a published page, only the published version', async () => {
    const { payload } = cms
    const [programme] = (await payload.find({ collection: 'programmes', locale: 'fr', limit: 1, where: { _status: { equals: 'published' } } })).docs
    await payload.update({ collection: 'programmes', id: programme.id, locale: 'fr', draft: true, data: { title: 'Titre en brouillon' } })
    const published = await payload.find({ collection: 'programmes', where: { id: { equals: programme.id } }, locale: 'fr', overrideAccess: false })
    expect(published.docs.map((doc) => doc.title)).toEqual([programme.title])
  })

  it('cannot list staff accounts', async () => {
    const { payload } = cms
    await payload.create({ collection: 'users', data: { email: 'someone@example.com', password: 'a-long-password', name: 'Someone', roles: ['finance'] } })
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/)
  })

  it('cannot change content', async () => {
    const { payload } = cms
    await expect(
      payload.updateGlobal({ slug: 'organisation', overrideAccess: false, data: { name: 'Defaced' } }),
    ).rejects.toThrow(/not allowed/)
  })
})
