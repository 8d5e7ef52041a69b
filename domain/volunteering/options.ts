/**
 * The fixed choices of volunteering, shared by the CMS (roles, applications), the site's
 * filters and the application schema, so the three can never disagree on a value.
 */
export const roleKinds = ['detention-visits', 'office', 'hospitality-network', 'other'] as const
export type RoleKind = (typeof roleKinds)[number]

/** The closed centres JRS Belgium visits (seed 003), then the other places volunteers work. */
export const closedCentres = ['bruges', 'merksplas', 'steenokkerzeel'] as const
export type ClosedCentre = (typeof closedCentres)[number]
export const rolePlaces = [...closedCentres, 'brussels-office', 'transit-house', 'home'] as const
export type RolePlace = (typeof rolePlaces)[number]

/** Languages a role may require; an applicant can name others in free text. */
export const roleLanguages = ['nl', 'fr', 'en'] as const
export type RoleLanguage = (typeof roleLanguages)[number]

export const languageLevels = ['basic', 'good', 'fluent', 'native'] as const
export type LanguageLevel = (typeof languageLevels)[number]

/** Training or experience the seed names as an advantage for visitors. */
export const experienceAreas = ['social-work', 'psychology', 'law', 'refugees'] as const
export type ExperienceArea = (typeof experienceAreas)[number]

/** Visiting roles ask for centres and a CV; hosting asks about the home instead. */
export const applicationTracks = ['standard', 'hosting'] as const
export type ApplicationTrack = (typeof applicationTracks)[number]

export const applicationStatuses = ['new', 'contacted', 'interview-planned', 'in-training', 'active', 'declined', 'withdrawn', 'spam'] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]

/** A decision after which the retention period starts running. */
export const closedStatuses: readonly ApplicationStatus[] = ['declined', 'withdrawn', 'spam']

/** The status changes the applicant hears about by email (the others are steps inside the team). */
export const notifiedStatuses = ['interview-planned', 'in-training', 'active', 'declined'] as const
export type NotifiedStatus = (typeof notifiedStatuses)[number]

// What staff read for these values is in the admin dictionaries (cms/i18n/: applicationStatus.*, roleKind.*,
// place.*), and what the public reads in the site's (site/i18n/volunteer/): one place per audience.

/** CVs and motivation letters: PDF, DOCX or ODT, at most 5 MB. */
export const maxUploadBytes = 5 * 1024 * 1024
export const uploadExtensions = ['pdf', 'docx', 'odt'] as const
