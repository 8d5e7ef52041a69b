// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { preprocess } from './preprocess'

/**
 * A record's id as a form sends it (a role, a need). Ids are PostgreSQL `serial`s, 32-bit
 * integers: a larger number would not just find nothing, it would make the query itself
 * fail, so the schema refuses it like any other unknown choice.
 */
export const maxRecordId = 2_147_483_647

export const recordIdNumber = z.number({ message: 'choice' }).check(z.int('choice'), z.gt(0, 'choice'), z.lte(maxRecordId, 'choice'))

/** The same id as text (multipart forms send text), kept as text. */
export const recordIdText = preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string({ message: 'choice' }).check(
    z.trim(),
    z.regex(/^[1-9]\d{0,9}$/, 'choice'),
    z.refine((id: string) => Number(id) <= maxRecordId, 'choice'),
  ),
)
