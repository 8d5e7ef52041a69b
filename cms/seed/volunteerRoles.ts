import type { Payload } from 'payload'
import { type Locale, locales } from '../../domain/locales'
import type { SeedVolunteerRole } from './profile'
import type { MarkdownConverter } from './richText'

/** Creates the roles in Dutch, then adds French and English to each: published, in every language. */
export async function seedVolunteerRoles(payload: Payload, roles: SeedVolunteerRole[], markdown: MarkdownConverter): Promise<void> {
  for (const role of roles) {
    const dataFor = (locale: Locale) => {
      const rich = (value: Record<Locale, string> | undefined) => (value ? markdown.toRichText(value[locale]) : undefined)
      return {
        _status: 'published' as const,
        title: role.title[locale],
        slug: role.slug[locale],
        summary: role.summary[locale],
        description: rich(role.description),
        duties: rich(role.duties),
        requirements: rich(role.requirements),
        commitment: { hoursPerWeek: role.commitment.hoursPerWeek, minimumPeriod: role.commitment.minimumPeriod?.[locale], details: rich(role.commitment.details) },
        places: role.places,
        languages: role.languages,
        kind: role.kind,
        applicationForm: role.applicationForm,
        open: role.open,
        order: role.order,
      }
    }
    const [first, ...others] = locales
    const doc = await payload.create({ collection: 'volunteer-roles', locale: first, data: dataFor(first) as never })
    for (const locale of others) await payload.update({ collection: 'volunteer-roles', id: doc.id, locale, data: dataFor(locale) as never })
  }
}
