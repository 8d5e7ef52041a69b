/**
 * How the admin writes dates. Payload formats them with date-fns in the admin language's
 * locale, so the localized patterns (P = date, p = time) give "1 mrt. 2026 14:30",
 * "1 mars 2026 14:30" or "Mar 1, 2026, 2:30 PM" rather than one language's order.
 * Without these, Payload's defaults are American ("MM/dd/yyyy", "h:mm a") in every language.
 */
export const adminDateFormat = 'PPp'

/** A calendar day: a publication date, the day a giver expects to come. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'PP' } as const

/** A moment: when a gift arrived, a message was sent, a pledge expires. */
export const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' } as const

/** A moment where seconds matter (how long a site build took). */
export const dayAndTimeWithSeconds = { pickerAppearance: 'dayAndTime', displayFormat: 'PPpp', timeFormat: 'p' } as const
