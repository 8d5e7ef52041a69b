import { z } from 'zod'
import { currencyAmount, isSupportedCurrency, minimumChargeAmounts } from './currencies'
import { invalidRequest, type StripeApiError } from './errors'
import { asList, paramName, type FormObject } from './formBody'

/**
 * The request parameters this server accepts, checked the way Stripe checks them: unknown
 * parameters, missing required ones, malformed values and mode rules all give a 400
 * `invalid_request_error` naming the offending `param`.
 */

const integer = z
  .string()
  .refine((value) => /^-?\d+$/.test(value), { error: (issue) => `Invalid integer: ${String(issue.input)}` })
  .transform(Number)

const metadata = z.record(z.string(), z.string()).superRefine((entries, ctx) => {
  const keys = Object.keys(entries)
  if (keys.length > 50) ctx.addIssue({ code: 'custom', message: 'You can specify up to 50 keys in metadata.', path: [] })
  for (const key of keys) {
    if (key.length > 40) ctx.addIssue({ code: 'custom', message: `Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters.`, path: [key] })
    if (entries[key].length > 500) ctx.addIssue({ code: 'custom', message: `Metadata values can have up to 500 characters, but you passed in a value that is ${entries[key].length} characters.`, path: [key] })
  }
})

const httpUrl = z.string().refine(
  (value) => {
    // Stripe keeps `{CHECKOUT_SESSION_ID}` literally; URL parsing would percent-encode the braces.
    try {
      const url = new URL(value.replaceAll('{CHECKOUT_SESSION_ID}', 'placeholder'))
      return url.protocol === 'http:' || url.protocol === 'https:'
    } catch {
      return false
    }
  },
  { error: 'Not a valid URL' },
)

const email = z.string().refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: (issue) => `Invalid email address: ${String(issue.input)}` })

/** Checkout's locales for the pinned API version (Checkout.Session.Locale). */
export const checkoutLocales = [
  'auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hi-IN', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW',
] as const

const lineItem = z.strictObject({
  price: z.string().optional(),
  price_data: z
    .strictObject({
      currency: z.string().transform((value) => value.toLowerCase()),
      product: z.string().optional(),
      product_data: z.strictObject({ name: z.string().min(1), description: z.string().optional(), metadata: metadata.optional() }).optional(),
      recurring: z.strictObject({ interval: z.enum(['day', 'week', 'month', 'year']), interval_count: integer.optional() }).optional(),
      unit_amount: integer.optional(),
    })
    .optional(),
  quantity: integer.optional(),
})

const checkoutSessionShape = z.strictObject({
  mode: z.enum(['payment', 'setup', 'subscription']),
  line_items: z.preprocess(asList, z.array(lineItem)).optional(),
  success_url: httpUrl,
  cancel_url: httpUrl.optional(),
  submit_type: z.enum(['auto', 'book', 'donate', 'pay', 'subscribe']).optional(),
  customer_email: email.optional(),
  locale: z.enum(checkoutLocales).optional(),
  metadata: metadata.optional(),
  payment_intent_data: z.strictObject({ metadata: metadata.optional(), description: z.string().optional() }).optional(),
  subscription_data: z.strictObject({ metadata: metadata.optional(), description: z.string().optional() }).optional(),
  customer_creation: z.enum(['always', 'if_required']).optional(),
  client_reference_id: z.string().max(200).optional(),
})

type Issue = { message: string; path: PropertyKey[]; code?: string }

/** The rules that span several parameters, in the order Stripe reports them. */
function modeRules(params: z.output<typeof checkoutSessionShape>): Issue | undefined {
  const { mode } = params
  if (mode === 'setup') return { message: 'This local Stripe server does not implement `setup` mode.', path: ['mode'] }
  const items = params.line_items ?? []
  if (items.length === 0) return { message: `\`line_items\` is required in \`${mode}\` mode.`, path: ['line_items'] }
  for (const [index, item] of items.entries()) {
    const at = (...rest: string[]) => ['line_items', index, ...rest]
    if (item.price !== undefined) return { message: `No such price: '${item.price}'`, path: at('price'), code: 'resource_missing' }
    const data = item.price_data
    if (!data) return { message: `Missing required param: ${paramName(at('price_data'))}.`, path: at('price_data') }
    if (!isSupportedCurrency(data.currency)) return { message: `Invalid currency: ${data.currency}.`, path: at('price_data', 'currency') }
    if (data.product !== undefined) return { message: `No such product: '${data.product}'`, path: at('price_data', 'product'), code: 'resource_missing' }
    if (!data.product_data) return { message: `Missing required param: ${paramName(at('price_data', 'product_data'))}.`, path: at('price_data', 'product_data') }
    if (data.unit_amount === undefined) return { message: `Missing required param: ${paramName(at('price_data', 'unit_amount'))}.`, path: at('price_data', 'unit_amount') }
    if (data.unit_amount < 0) return { message: 'This value must be greater than or equal to 0.', path: at('price_data', 'unit_amount') }
    if (item.quantity === undefined) return { message: `Quantity is required. Add \`quantity\` to \`line_items[${index}]\``, path: at('quantity') }
    if (item.quantity < 1) return { message: 'This value must be greater than or equal to 1.', path: at('quantity') }
    if (mode === 'payment' && data.recurring) {
      return { message: 'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.', path: at('price_data', 'recurring') }
    }
    if (data.currency !== items[0].price_data?.currency) return { message: 'All line items must have the same currency.', path: at('price_data', 'currency') }
  }
  if (mode === 'subscription' && !items.some((item) => item.price_data?.recurring)) {
    return { message: 'You must provide at least one recurring price in `subscription` mode when using prices.', path: ['line_items'] }
  }
  const currency = items[0].price_data?.currency ?? 'eur'
  const total = items.reduce((sum, item) => sum + (item.price_data?.unit_amount ?? 0) * (item.quantity ?? 0), 0)
  if (total < minimumChargeAmounts[currency]) {
    return {
      message: `The Checkout Session's total amount due must add up to at least ${currencyAmount(minimumChargeAmounts[currency], currency)} ${currency}`,
      path: items.length === 1 ? ['line_items', 0, 'price_data', 'unit_amount'] : ['line_items'],
    }
  }
  // The pinned API version allows `submit_type` in subscription mode, but only the subscription wording.
  const submitType = params.submit_type
  if (mode === 'subscription' && submitType !== undefined && submitType !== 'auto' && submitType !== 'subscribe') {
    return { message: `\`submit_type=${submitType}\` can only be used in \`payment\` mode; in \`subscription\` mode use \`auto\` or \`subscribe\`.`, path: ['submit_type'] }
  }
  if (mode === 'payment' && submitType === 'subscribe') return { message: '`submit_type=subscribe` can only be used in `subscription` mode.', path: ['submit_type'] }
  if (mode === 'subscription' && params.payment_intent_data) return { message: 'You can not pass `payment_intent_data` in `subscription` mode.', path: ['payment_intent_data'] }
  if (mode === 'subscription' && params.customer_creation) return { message: '`customer_creation` can only be used in `payment` mode.', path: ['customer_creation'] }
  if (mode === 'payment' && params.subscription_data) return { message: 'You can not pass `subscription_data` in `payment` mode.', path: ['subscription_data'] }
  return undefined
}

/**
 * Parameters that exist in Stripe's API but that this server does not implement: refused with
 * a message that says so, rather than as "unknown", so nobody hunts for a typo that is not there.
 */
const stripeOnlyCheckoutParams = new Set([
  'adaptive_pricing', 'after_expiration', 'allow_promotion_codes', 'allowed_payment_method_types', 'automatic_tax', 'billing_address_collection',
  'branding_settings', 'consent_collection', 'currency', 'custom_fields', 'custom_text', 'customer', 'customer_account', 'customer_update',
  'discounts', 'excluded_payment_method_types', 'expand', 'expires_at', 'integration_identifier', 'invoice_creation', 'managed_payments',
  'name_collection', 'optional_items', 'origin_context', 'payment_method_collection', 'payment_method_configuration', 'payment_method_data',
  'payment_method_options', 'payment_method_types', 'permissions', 'phone_number_collection', 'redirect_on_completion', 'return_url',
  'saved_payment_method_options', 'setup_intent_data', 'shipping_address_collection', 'shipping_options', 'tax_id_collection', 'ui_mode', 'wallet_options',
])

export type CheckoutSessionParams = z.output<typeof checkoutSessionShape> & { mode: 'payment' | 'subscription' }

export function parseCheckoutSessionParams(form: FormObject): CheckoutSessionParams {
  for (const key of Object.keys(form)) {
    if (stripeOnlyCheckoutParams.has(key)) throw invalidRequest(`\`${key}\` is a Stripe parameter that this local Stripe server does not implement.`, key)
  }
  const params = parseWith(checkoutSessionShape, form)
  const broken = modeRules(params)
  if (broken) throw invalidRequest(broken.message, paramName(broken.path), broken.code)
  return params as CheckoutSessionParams
}

const portalSessionShape = z.strictObject({
  customer: z.string(),
  return_url: httpUrl.optional(),
  locale: z.enum(checkoutLocales).optional(),
})

export type PortalSessionParams = z.output<typeof portalSessionShape>

export function parsePortalSessionParams(form: FormObject): PortalSessionParams {
  for (const key of ['configuration', 'customer_account', 'expand', 'flow_data', 'on_behalf_of', 'after_expiration']) {
    if (key in form) throw invalidRequest(`\`${key}\` is a Stripe parameter that this local Stripe server does not implement.`, key)
  }
  return parseWith(portalSessionShape, form)
}

/**
 * Retrieve calls take only `expand`; this server expands just the fields listed, where Stripe
 * leaves something out of the object unless asked (an invoice's `payments`, for one).
 */
export function retrieveExpansions(query: URLSearchParams, expandable: readonly string[]): Set<string> {
  const expansions = new Set<string>()
  for (const [key, value] of query) {
    if (!/^expand(\[\d*\])?$/.test(key)) throw invalidRequest(`Received unknown parameter: ${key}`, key)
    if (!expandable.includes(value)) throw invalidRequest(`This local Stripe server cannot expand \`${value}\` here; it expands: ${expandable.join(', ') || 'nothing'}.`, key)
    expansions.add(value)
  }
  return expansions
}

function parseWith<T extends z.ZodType>(schema: T, form: FormObject): z.output<T> {
  const result = schema.safeParse(form, { reportInput: true })
  if (result.success) return result.data
  throw toStripeError(result.error.issues)
}

/** Stripe reports one problem at a time, unknown parameters first; these are its wordings. */
function toStripeError(issues: readonly z.core.$ZodIssue[]): StripeApiError {
  const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0]
  const param = paramName(issue.path)
  const missing = !('input' in issue) || issue.input === undefined
  switch (issue.code) {
    case 'unrecognized_keys': {
      const unknown = paramName([...issue.path, issue.keys[0]])
      return invalidRequest(`Received unknown parameter: ${unknown}`, unknown)
    }
    case 'invalid_type':
      if (missing) return invalidRequest(`Missing required param: ${param}.`, param)
      return invalidRequest(`Invalid ${issue.expected === 'record' ? 'hash' : issue.expected}: ${param}`, param)
    case 'invalid_value': {
      if (missing) return invalidRequest(`Missing required param: ${param}.`, param)
      const name = String(issue.path.at(-1))
      const options = issue.values.map(String)
      const listed = options.length > 1 ? `${options.slice(0, -1).join(', ')}, or ${options.at(-1)}` : options.join('')
      return invalidRequest(`Invalid ${name}: must be one of ${listed}`, param)
    }
    case 'too_big':
      return invalidRequest(`Invalid ${param}: must be at most ${String(issue.maximum)} characters`, param)
    case 'too_small':
      return invalidRequest(`Invalid ${param}: must not be empty`, param)
    default:
      return invalidRequest(issue.message, param)
  }
}
