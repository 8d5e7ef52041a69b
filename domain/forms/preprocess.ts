import * as z from 'zod/mini'

/**
 * zod's `preprocess`, which zod/mini leaves out: the very pipe classic zod builds for it
 * (the value goes through `fn`, then into `schema`), so a rule reads the same on both.
 */
export function preprocess<U extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: U): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, U> {
  return z.pipe(z.transform(fn), schema)
}
