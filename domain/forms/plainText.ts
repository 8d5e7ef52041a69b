// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'

/**
 * The one rule for every free-text field the public fills in (names, addresses, messages,
 * motivations), in the browser and on the server alike: plain text, refused rather than
 * silently cleaned, so that what staff read in the admin, in emails and in exports is
 * exactly what the visitor typed. Those places escape text anyway; this keeps markup and
 * invisible characters out of the data itself, whichever form it came through.
 */

/**
 * What a browser would read as markup: a tag, closing tag, comment or processing
 * instruction (`<b`, `</`, `<!`, `<?`), or a script address (`javascript:…`). A lone "<"
 * ("2 < 3", "a < b") is ordinary writing, and so is "JavaScript: five years".
 */
export function looksLikeMarkup(value: string): boolean {
  return /<[a-z!/?]/i.test(value) || /\b(?:java|vb)script:(?=\S)/i.test(value)
}

// C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates that
// can make a name or a file name display as something else ("Trojan Source").
const bidiControls = '\\u202a-\\u202e\\u2066-\\u2069'
const anyControl = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${bidiControls}]`)
// A text area may hold line breaks (browsers send them as CR LF) and tabs, nothing else.
const controlInMultiline = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${bidiControls}]`)
// Half of a UTF-16 pair on its own: not text at all, and PostgreSQL cannot store it.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why a value is not plain text, as a message key, or undefined when it is. */
export function plainTextProblem(value: string, multiline = false): 'invisibleCharacters' | 'noMarkup' | undefined {
  if ((multiline ? controlInMultiline : anyControl).test(value) || loneSurrogate.test(value)) return 'invisibleCharacters'
  if (looksLikeMarkup(value)) return 'noMarkup'
  return undefined
}

export type PlainTextOptions = {
  /** A text area: line breaks and tabs are allowed. */
  multiline?: boolean
  /** False for a field that may be left empty (""). */
  required?: boolean
}

/** A trimmed plain-text field of at most `max` characters. */
export function plainText(max: number, { multiline = false, required = true }: PlainTextOptions = {}) {
  return z.string({ message: 'required' }).check(
    z.trim(),
    ...(required ? [z.minLength(1, 'required')] : []),
    z.superRefine((value: string, ctx) => {
      const problem = plainTextProblem(value, multiline)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
    z.maxLength(max, 'tooLong'),
  )
}
