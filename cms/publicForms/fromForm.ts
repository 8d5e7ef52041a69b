import { parseEuroAmount } from '../../domain/forms/amounts'

/**
 * The JSON forms as a browser sends them without script (urlencoded, every value a
 * string, a ticked box "on", an unticked one absent), turned into the input the island
 * would have sent, which the same schema then checks: the rules are the schema's alone.
 * What cannot be read becomes a value the schema refuses with the island's own message.
 */
type Read = { text(name: string): string | undefined; ticked(name: string): boolean }

function reader(form: FormData): Read {
  return {
    text: (name) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : undefined
    },
    ticked: (name) => ['on', 'true', '1', 'yes'].includes(String(form.get(name) ?? '')),
  }
}

/** A whole number typed in a text field, as the islands read one; anything else is not a number. */
const wholeNumber = (value: string | undefined) => (value !== undefined && /^\s*-?\d{1,16}\s*$/.test(value) ? Number(value) : Number.NaN)

/** The donate form (DonateForm.tsx): a preset amount in cents, or "other" and an amount in euros. */
export function donationFromForm(form: FormData): Record<string, unknown> {
  const { text, ticked } = reader(form)
  const amount = text('amount')
  return {
    amountCents: amount === 'other' ? parseEuroAmount(text('otherAmount') ?? '') : amount !== undefined && /^\d{1,12}$/.test(amount) ? Number(amount) : undefined,
    frequency: text('frequency'),
    locale: text('locale'),
    name: text('name'),
    email: text('email')?.trim(),
    coverFees: ticked('coverFees'),
    anonymous: ticked('anonymous'),
    newsletter: ticked('newsletter'),
    // The tribute and the tax certificate count only while their box is ticked, as in the island.
    ...(ticked('tributeOn') ? { tribute: { kind: text('tributeKind'), name: text('tributeName') } } : {}),
    ...(ticked('taxOn')
      ? { taxCertificate: { nationalRegisterNumber: text('nationalRegisterNumber'), street: text('street'), postalCode: text('postalCode'), city: text('city'), language: text('certificateLanguage') } }
      : {}),
  }
}

/** A need's pledge form (PledgeForm.tsx). */
export function pledgeFromForm(form: FormData): Record<string, unknown> {
  const { text, ticked } = reader(form)
  const need = text('need')
  return {
    need: need !== undefined && /^\d{1,10}$/.test(need) ? Number(need) : need,
    quantity: wholeNumber(text('quantity')),
    name: text('name'),
    email: text('email')?.trim(),
    phone: text('phone'),
    expectedDate: text('expectedDate'),
    message: text('message'),
    consent: ticked('consent') || undefined,
    locale: text('locale'),
  }
}
