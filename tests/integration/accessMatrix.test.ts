import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Who may do what, for every role, collection and global, through REST and GraphQL, the
 * two doors the admin and any other client use. Each cell asserts what is allowed and
 * what is refused.
 */
type Ops = 'r' | 'c' | 'u' | 'd'
type Who = 'anonymous' | Role

// Letters are the operations allowed: read, create, update, delete. '-' allows nothing.
// Anonymous "r" on content means published documents only.
const collections: Record<string, Record<Who, string>> = {
  pages: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  programmes: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  news: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  partners: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  media: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  redirects: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  donations: { anonymous: '-', administrator: 'rcud', 'communication-officer': '-', 'volunteer-coordinator': '-', finance: 'rcu', goods: '-' },
  'monthly-gifts': { anonymous: '-', administrator: 'rd', 'communication-officer': '-', 'volunteer-coordinator': '-', finance: 'r', goods: '-' },
  'stripe-events': { anonymous: '-', administrator: 'r', 'communication-officer': '-', 'volunteer-coordinator': '-', finance: '-', goods: '-' },
  'email-messages': { anonymous: '-', administrator: 'rd', 'communication-officer': '-', 'volunteer-coordinator': '-', finance: '-', goods: '-' },
  'site-builds': { anonymous: '-', administrator: 'rd', 'communication-officer': 'r', 'volunteer-coordinator': '-', finance: '-', goods: '-' },
  needs: { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcu', 'volunteer-coordinator': 'r', finance: 'r', goods: 'rcu' },
  'volunteer-roles': { anonymous: 'r', administrator: 'rcud', 'communication-officer': 'rcud', 'volunteer-coordinator': 'rcud', finance: 'r', goods: 'r' },
  // Applications arrive only through their form's endpoint: nobody creates one through the API.
  'volunteer-applications': { anonymous: '-', administrator: 'rud', 'communication-officer': '-', 'volunteer-coordinator': 'rud', finance: '-', goods: '-' },
  pledges: { anonymous: '-', administrator: 'rcud', 'communication-officer': '-', 'volunteer-coordinator': '-', finance: '-', goods: 'rcu' },
  users: { anonymous: '-', administrator: 'rcud', 'communication-officer': 'ru', 'volunteer-coordinator': 'ru', finance: 'ru', goods: 'ru' },
}

const globals: Record<string, Record<Who, string>> = {
  organisation: { anonymous: 'r', administrator: 'ru', 'communication-officer': 'ru', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  giving: { anonymous: 'r', administrator: 'ru', 'communication-officer': 'ru', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  header: { anonymous: 'r', administrator: 'ru', 'communication-officer': 'ru', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
  'volunteering-settings': { anonymous: '-', administrator: 'ru', 'communication-officer': '-', 'volunteer-coordinator': 'ru', finance: '-', goods: '-' },
  'goods-settings': { anonymous: 'r', administrator: 'ru', 'communication-officer': 'ru', 'volunteer-coordinator': 'r', finance: 'r', goods: 'ru' },
  footer: { anonymous: 'r', administrator: 'ru', 'communication-officer': 'ru', 'volunteer-coordinator': 'r', finance: 'r', goods: 'r' },
}

const roles: Role[] = ['administrator', 'communication-officer', 'volunteer-coordinator', 'finance', 'goods']

let cms: TestCms
let api: Awaited<ReturnType<typeof serveApi>>
const tokens = new Map<Who, string | undefined>([['anonymous', undefined]])

beforeAll(async () => {
  cms = await startTestCms()
  api = await serveApi(cms)
  for (const role of roles) {
    const email = `${role}@example.com`
    await cms.payload.create({ collection: 'users', data: { email, password: 'matrix-password-1', name: role, roles: [role] }, overrideAccess: true })
    const response = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'matrix-password-1' }) })
    tokens.set(role, ((await response.json()) as { token: string }).token)
  }
  const schema = await fetch(`${api.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }) })
  queryNames = ((await schema.json()) as { data: { __schema: { queryType: { fields: { name: string }[] } } } }).data.__schema.queryType.fields.map((f) => f.name)
})
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

const headers = (who: Who): Record<string, string> => {
  const token = tokens.get(who)
  return token ? { Authorization: `JWT ${token}` } : {}
}

/**
 * The GraphQL query of a collection's list, as Payload names it from the slug: PascalCase
 * ("monthly-gifts" → MonthlyGifts), or all… where singular and plural are one word ("allNews").
 */
let queryNames: string[] = []
function graphqlListName(slug: string): string {
  const pascal = slug.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())
  const name = queryNames.includes(`all${pascal}`) ? `all${pascal}` : pascal
  if (!queryNames.includes(name)) throw new Error(`No GraphQL list query for ${slug} (looked for ${name})`)
  return name
}

type Permission = boolean | { permission: boolean; where?: unknown }
const allowed = (permission: Permission | undefined) => (typeof permission === 'object' ? permission.permission : Boolean(permission))

describe('the access matrix', () => {
  for (const who of ['anonymous', ...roles] as Who[]) {
    it(`holds for ${who} as the CMS reports it (GET /api/access, which the admin uses)`, async () => {
      const response = await fetch(`${api.url}/api/access`, { headers: headers(who) })
      const access = (await response.json()) as { collections: Record<string, Record<string, Permission>>; globals: Record<string, Record<string, Permission>> }
      for (const [slug, matrix] of Object.entries(collections)) {
        const ops = { r: 'read', c: 'create', u: 'update', d: 'delete' } as const
        for (const [letter, op] of Object.entries(ops) as [Ops, string][]) {
          if (who === 'anonymous') continue // /api/access answers for signed-in users; anonymous is checked below
          expect(allowed(access.collections[slug]?.[op]), `${who} ${op} ${slug}`).toBe(matrix[who].includes(letter))
        }
      }
      for (const [slug, matrix] of Object.entries(globals)) {
        if (who === 'anonymous') continue
        expect(allowed(access.globals[slug]?.read), `${who} read ${slug}`).toBe(matrix[who].includes('r'))
        expect(allowed(access.globals[slug]?.update), `${who} update ${slug}`).toBe(matrix[who].includes('u'))
      }
    })

    it(`holds for ${who} when reading through REST and GraphQL`, async () => {
      for (const [slug, matrix] of Object.entries(collections)) {
        const mayRead = matrix[who].includes('r')
        const rest = await fetch(`${api.url}/api/${slug}?limit=1&depth=0`, { headers: headers(who) })
        expect(rest.status === 200, `${who} REST read ${slug}: ${rest.status}`).toBe(mayRead)
        const name = graphqlListName(slug)
        const graphql = await fetch(`${api.url}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers(who) },
          body: JSON.stringify({ query: `{ ${name}(limit: 1) { totalDocs } }` }),
        })
        const body = (await graphql.json()) as { data?: Record<string, { totalDocs: number } | null>; errors?: unknown[] }
        expect(Boolean(body.data?.[name]) && !body.errors, `${who} GraphQL read ${slug}`).toBe(mayRead)
      }
    })

    it(`holds for ${who} when creating through REST`, async () => {
      for (const slug of ['donations', 'stripe-events', 'email-messages', 'site-builds', 'redirects']) {
        const mayCreate = collections[slug][who].includes('c')
        const response = await fetch(`${api.url}/api/${slug}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers(who) }, body: '{}' })
        // Allowed: the empty document is refused as invalid (400), never as forbidden.
        if (mayCreate) expect(response.status, `${who} create ${slug}`).toBe(400)
        else expect([401, 403], `${who} create ${slug}: ${response.status}`).toContain(response.status)
      }
    })
  }
})
