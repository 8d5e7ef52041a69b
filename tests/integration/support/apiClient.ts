import type { Role } from '../../../cms/access/roles'

/**
 * REST and GraphQL as each staff role (or nobody) sends them, and the names Payload gives
 * collections and globals in its GraphQL schema, read from the schema itself.
 */
export type Who = 'anonymous' | Role
export const roles: Role[] = ['administrator', 'communication-officer', 'volunteer-coordinator', 'finance', 'goods']
export const everyone: Who[] = ['anonymous', ...roles]

export type RestResult = { status: number; body: any }
export type GraphqlResult = { data?: Record<string, any> | null; errors?: { message: string }[] }

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type Field = { name: string; type: TypeRef }
export type Names = { single: string; plural?: string; versions?: string; create?: Field; update?: Field }

export const refusedMessage = 'You are not allowed to perform this action.'

export class ApiClient {
  tokens = new Map<Who, string>()
  userIds = new Map<Role, number>()
  private queries = new Set<string>()
  private mutations = new Map<string, Field[]>()
  private inputs = new Map<string, Field[]>()

  constructor(readonly url: string) {}

  /** Creates one account per role (as the seed does) and signs each in. */
  async signIn(create: (role: Role, email: string, password: string) => Promise<number>): Promise<void> {
    for (const role of roles) {
      const email = `${role}@example.com`
      this.userIds.set(role, await create(role, email, 'matrix-password-1'))
      const { body } = await this.rest('anonymous', 'POST', '/api/users/login', { email, password: 'matrix-password-1' })
      this.tokens.set(role, body.token)
    }
    const fragment = 'fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }'
    const { data } = await this.graphql('administrator', `{ __schema { queryType { fields { name } } mutationType { fields { name args { name type { ...T } } } } types { name kind inputFields { name type { ...T } } } } } ${fragment}`)
    const schema = data!.__schema
    for (const field of schema.queryType.fields) this.queries.add(field.name)
    for (const field of schema.mutationType.fields) this.mutations.set(field.name, field.args)
    for (const type of schema.types) if (type.kind === 'INPUT_OBJECT') this.inputs.set(type.name, type.inputFields)
  }

  headers(who: Who): Record<string, string> {
    const token = this.tokens.get(who as Role)
    return token ? { Authorization: `JWT ${token}` } : {}
  }

  async rest(who: Who, method: string, path: string, body?: unknown): Promise<RestResult> {
    const init: RequestInit = { method, headers: this.headers(who) }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) init.body = JSON.stringify(body)
    if (body !== undefined && !(body instanceof FormData)) init.headers = { ...init.headers, 'Content-Type': 'application/json' }
    const response = await fetch(`${this.url}${path}`, init)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, body: parsed }
  }

  async graphql(who: Who, query: string, variables?: Record<string, unknown>): Promise<GraphqlResult> {
    const { body } = await this.rest(who, 'POST', '/api/graphql', { query, variables })
    return body as GraphqlResult
  }

  hasQuery(name: string): boolean {
    return this.queries.has(name)
  }

  hasMutation(name: string): boolean {
    return this.mutations.has(name)
  }

  /** Payload's names for a collection ("news" → News / allNews) or a global ("goods-settings" → GoodsSetting). */
  names(slug: string, kind: 'collection' | 'global'): Names {
    const pascal = slug.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())
    const singular = [pascal, pascal.replace(/ies$/, 'y'), pascal.replace(/s$/, '')]
    const single = singular.find((name) => this.queries.has(name) && (kind === 'global' || this.mutations.has(`update${name}`)))
    if (!single) throw new Error(`No GraphQL name for ${slug}`)
    const dataArg = (mutation: string) => this.mutations.get(mutation)?.find((arg) => arg.name === 'data')
    if (kind === 'global') return { single, versions: this.queries.has(`versions${single}`) ? `versions${single}` : undefined, update: dataArg(`update${single}`) }
    const plural = [`all${pascal}`, pascal, `${pascal}s`].find((name) => name !== single && this.queries.has(name))
    const versions = plural && this.queries.has(`versions${plural}`) ? `versions${plural}` : undefined
    return { single, plural, versions, create: dataArg(`create${single}`), update: dataArg(`update${single}`) }
  }

  /** The variable declaration for an argument, e.g. `mutationPageInput!`. */
  typeOf(field: Field): string {
    const print = (ref: TypeRef): string => (ref.kind === 'NON_NULL' ? `${print(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${print(ref.ofType!)}]` : ref.name!)
    return print(field.type)
  }

  /** REST data as GraphQL input: select values become the enum names Payload generates ("bank-transfer" → bank_transfer). */
  toInput(value: unknown, ref: TypeRef): unknown {
    if (value === null || value === undefined) return value
    if (ref.kind === 'NON_NULL') return this.toInput(value, ref.ofType!)
    if (ref.kind === 'LIST') return (value as unknown[]).map((item) => this.toInput(item, ref.ofType!))
    if (ref.kind === 'ENUM') return enumName(String(value))
    if (ref.kind === 'INPUT_OBJECT' && typeof value === 'object') {
      const fields = this.inputs.get(ref.name!) ?? []
      return Object.fromEntries(Object.entries(value as object).map(([key, v]) => [key, this.toInput(v, fields.find((f) => f.name === key)?.type ?? { kind: 'SCALAR', name: 'JSON', ofType: null })]))
    }
    return value
  }
}

function enumName(value: string): string {
  const name = (/^\d/.test(value) ? `_${value}` : value).replace(/[.\-/+,()'[\]]/g, '_').replace(/ /g, '')
  return name || '_'
}

/** A GraphQL answer refused for lack of access (Forbidden), or (for a document out of reach) not found. */
export function graphqlRefused(result: GraphqlResult, { notFound = false } = {}): boolean {
  const messages = (result.errors ?? []).map((error) => error.message)
  return messages.includes(refusedMessage) || (notFound && messages.includes('Not Found'))
}

export const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? idOf('value' in value ? (value as { value: unknown }).value : (value as { id: unknown }).id) : value)
