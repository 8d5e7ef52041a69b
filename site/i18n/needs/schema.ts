import { z } from 'zod'

const text = z.string().trim().min(1)

/** The wishlist of material needs and its pledge form (site/components/WishlistSection.astro). */
export const needsStringsSchema = z.strictObject({
  heading: text,
  none: text,
  needed: text,
  wanted: text,
  /** A need without a set quantity: wanted, with no count (never a placeholder number). */
  wantedOpen: text,
  pledged: text,
  received: text,
  progressLabel: text,
  fulfilled: text,
  fullyPledged: text,
  urgent: text,
  condition: text,
  conditions: z.strictObject({ new: text, 'used-working': text }),
  categories: z.strictObject({ 'it-equipment': text, 'transit-house-hygiene': text, other: text }),
  dropOffTitle: text,
  address: text,
  openingHours: text,
  open: text,
  formHeading: text,
  quantity: text,
  quantityHint: text,
  quantityHintOpen: text,
  name: text,
  email: text,
  emailHint: text,
  phone: text,
  expectedDate: text,
  expectedDateHint: text,
  message: text,
  consent: text,
  submit: text,
  submitting: text,
  errorSummary: text,
  networkError: text,
  thanksTitle: text,
  thanksText: text,
  pledgeAgain: text,
  /** The page a pledge sent without script lands on (site/components/views/FormConfirmationView.astro). */
  receivedTitle: text,
  receivedText: text,
  receivedNext: text,
  backToWishlist: text,
})

export type NeedsStrings = z.infer<typeof needsStringsSchema>
