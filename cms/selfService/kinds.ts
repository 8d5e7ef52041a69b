/**
 * The three kinds of people who look after themselves through a signed link, and the
 * records a link of each kind may name. A donor's link names one of their gifts (a
 * donation or a monthly gift); the page then shows every gift made with that address.
 */
export const personKinds = ['applicant', 'donor', 'giver'] as const
export type PersonKind = (typeof personKinds)[number]

export const subjectCollections = ['volunteer-applications', 'donations', 'monthly-gifts', 'pledges'] as const
export type SubjectCollection = (typeof subjectCollections)[number]

export const kindOfCollection: Record<SubjectCollection, PersonKind> = {
  'volunteer-applications': 'applicant',
  donations: 'donor',
  'monthly-gifts': 'donor',
  pledges: 'giver',
}

/** What a link names: one record, by collection and id. */
export type Subject = { collection: SubjectCollection; id: string | number }

/** How long a link works, said in every email that carries one. */
export const linkLifetimeDays = 30

/** Everything a person can do through their link, as the log names it. */
export const selfServiceActions = [
  'link-requested',
  'withdrew-application',
  'updated-contact-details',
  'replaced-cv',
  'downloaded-data',
  'erased-data',
  'updated-name-and-address',
  'updated-national-register-number',
  'changed-certificate-language',
  'opened-payment-portal',
  'changed-pledge-quantity',
  'cancelled-pledge',
] as const
export type SelfServiceAction = (typeof selfServiceActions)[number]
