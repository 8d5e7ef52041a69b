import { z } from 'zod'
import type { Values } from '../engine'
import { webAddress } from '../define'

/**
 * The personal link a confirmation email carries (cms/selfService/links.ts), shown by the
 * partial templates/partials/selfService.mjml with the common words c.selfService*.
 * Optional, so that a message queued without one still renders.
 */
export const selfServiceLinkData = { selfServiceUrl: webAddress.optional(), selfServiceDays: z.number().int().positive().max(365).default(30) }

export function selfServiceLinkValues(data: { selfServiceUrl?: string; selfServiceDays: number }): Values {
  return { selfServiceUrl: data.selfServiceUrl ?? '', selfServiceDays: String(data.selfServiceDays) }
}
