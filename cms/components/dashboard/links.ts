import type { OrganisationField } from '../../dashboard/settingsWarnings'
import type { AdminKey } from '../../i18n/schema'

/** Where a dashboard line leads in the admin, from its base route (normally /admin). */
export function adminLinks(adminRoute: string) {
  const base = adminRoute.replace(/\/$/, '')
  const list = (collection: string, where: Record<string, string | string[]> = {}) => {
    const query = new URLSearchParams()
    for (const [field, value] of Object.entries(where)) {
      if (Array.isArray(value)) value.forEach((each, index) => query.append(`where[${field}][in][${index}]`, each))
      else query.append(`where[${field}][equals]`, value)
    }
    const search = query.toString()
    return `${base}/collections/${collection}${search ? `?${search}` : ''}`
  }
  return {
    list,
    document: (collection: string, id: number | string) => `${base}/collections/${collection}/${encodeURIComponent(String(id))}`,
    global: (slug: string) => `${base}/globals/${slug}`,
    /** Payload gives each field the id `field-<path with __>`: the link scrolls to it once its tab is open. */
    organisationField: (field: OrganisationField) => `${base}/globals/organisation#field-${field.replace(/\./g, '__')}`,
  }
}

/** The way to a field of Settings → Organisation, as the admin names each step (tab, group, field). */
export const organisationFieldPath: Record<OrganisationField, AdminKey[]> = {
  'emails.general': ['organisation.contact', 'organisation.emails', 'organisation.emails.general'],
  'emails.volunteers': ['organisation.contact', 'organisation.emails', 'organisation.emails.volunteers'],
  'emails.donations': ['organisation.contact', 'organisation.emails', 'organisation.emails.donations'],
  'emails.goods': ['organisation.contact', 'organisation.emails', 'organisation.emails.goods'],
  'emails.upTogether': ['organisation.contact', 'organisation.emails', 'organisation.emails.upTogether'],
  'bankAccount.iban': ['organisation.giving', 'organisation.bankAccount', 'organisation.iban'],
  'fundraising.goalEuros': ['organisation.giving', 'organisation.fundraising', 'organisation.goalEuros'],
  'fundraising.year': ['organisation.giving', 'organisation.fundraising', 'organisation.year'],
}
