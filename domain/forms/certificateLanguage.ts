import * as z from 'zod/mini'
import { certificateLanguages } from '../tax/certificateLanguage'

/** The tax certificate's language, as the donate and bank-transfer forms ask it: Dutch or French, nothing else. */
export const certificateLanguageSchema = z.enum(certificateLanguages, { message: 'certificateLanguage' })
