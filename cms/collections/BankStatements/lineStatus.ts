/** What became of a statement line: matched by its communication, waiting for a person, assigned by one, or not a gift. */
export const lineStatuses = ['recorded', 'to-review', 'assigned', 'ignored'] as const
export type LineStatus = (typeof lineStatuses)[number]
