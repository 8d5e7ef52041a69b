import { type FormEvent, useRef, useState } from 'react'
import { fillPlaceholders } from '../../../../domain/placeholders'
import type { FieldErrors } from '../../../../domain/forms/errors'
import type { Locale } from '../../../../domain/locales'
import type { NeedsStrings } from '../../../i18n/needs/schema'
import { Checkbox, describedBy, ErrorSummary, FieldMessages, TextField } from '../form/fields'
import { useFocusWhenShown } from '../form/focusWhenShown'
import { useOnDemand } from '../form/onDemand'
import type { LiveCounts } from './liveCounts'

type Props = {
  id: string
  locale: Locale
  strings: NeedsStrings
  needId: number | string
  name: string
  /** At most this many; null for a need without a set quantity (any number the form allows). */
  wanted: number | null
  pledgeDays: number
  pledgeUrl: string
  onPledged: (result: { reference: string; need: LiveCounts }) => void
}


/**
 * The pledge form of one need: checked in the page with the schema the server uses (and
 * the number still wanted as the page knows it), then posted as JSON. Errors are listed
 * at the top, focused, and tied to their fields. The wishlist also renders it without
 * script (in <noscript>): the browser then posts it itself, urlencoded, under these names.
 */
export function PledgeForm({ id, locale, strings, needId, name, wanted, pledgeDays, pledgeUrl, onPledged }: Props) {
  const [values, setValues] = useState({ quantity: '1', name: '', email: '', phone: '', expectedDate: '', message: '', consent: false })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const focusSummary = useFocusWhenShown(summaryRef)
  const checks = useOnDemand(() => import('./checkPledge'))
  const prepareChecks = () => void checks().catch(() => undefined)
  const field = (key: string) => `${id}-${key}`
  const set = (change: Partial<typeof values>) => setValues((current) => ({ ...current, ...change }))

  function showErrors(found: FieldErrors) {
    setErrors(found)
    focusSummary()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const quantity = /^\s*-?\d+\s*$/.test(values.quantity) ? Number(values.quantity) : Number.NaN
    const request = { ...values, need: Number(needId), quantity, email: values.email.trim(), consent: values.consent || undefined, locale }
    // Checks that could not be fetched leave the checking to the server, which runs the same.
    const checked = await checks().then(({ checkPledge }) => checkPledge({ pledgeDays, stillWanted: wanted ?? undefined }, request, locale), () => undefined)
    if (checked && !checked.ok) return showErrors(checked.errors)
    setErrors({})
    setSubmitting(true)
    try {
      const response = await fetch(pledgeUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(checked ? checked.data : request) })
      const body = (await response.json().catch(() => ({}))) as { reference?: string; need?: LiveCounts; errors?: FieldErrors }
      if (response.status === 201 && body.reference && body.need) {
        onPledged({ reference: body.reference, need: body.need })
        return
      }
      showErrors(body.errors ?? { _form: strings.networkError })
    } catch {
      showErrors({ _form: strings.networkError })
    }
    setSubmitting(false)
  }

  const fieldIds = Object.fromEntries(['quantity', 'name', 'email', 'phone', 'expectedDate', 'message', 'consent'].map((key) => [key, field(key)]))
  fieldIds.need = field('quantity')
  const dateHint = fillPlaceholders(strings.expectedDateHint, { days: pledgeDays })
  return (
    <form id={id} className="pledge-form" method="post" action={pledgeUrl} onSubmit={submit} onFocus={prepareChecks} onInput={prepareChecks} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{fillPlaceholders(strings.formHeading, { name })}</h3>
      <input type="hidden" name="need" value={String(needId)} />
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary heading={strings.errorSummary} errors={errors} fieldIds={fieldIds} summaryRef={summaryRef} headingId={`${id}-errors`} />
      <TextField id={field('quantity')} name="quantity" label={strings.quantity} hint={wanted === null ? strings.quantityHintOpen : fillPlaceholders(strings.quantityHint, { count: wanted })} value={values.quantity} onChange={(quantity) => set({ quantity })} error={errors.quantity ?? errors.need} inputMode="numeric" required />
      <TextField id={field('name')} name="name" label={strings.name} value={values.name} onChange={(value) => set({ name: value })} error={errors.name} autoComplete="name" required />
      <TextField id={field('email')} name="email" type="email" label={strings.email} hint={strings.emailHint} value={values.email} onChange={(email) => set({ email })} error={errors.email} autoComplete="email" inputMode="email" required />
      <TextField id={field('phone')} name="phone" type="tel" label={strings.phone} value={values.phone} onChange={(phone) => set({ phone })} error={errors.phone} autoComplete="tel" inputMode="tel" />
      <div className={errors.expectedDate ? 'field field--invalid' : 'field'}>
        <label htmlFor={field('expectedDate')}>{strings.expectedDate}</label>
        <FieldMessages id={field('expectedDate')} hint={dateHint} error={errors.expectedDate} />
        <input id={field('expectedDate')} name="expectedDate" type="date" value={values.expectedDate} onChange={(event) => set({ expectedDate: event.target.value })} aria-invalid={errors.expectedDate ? true : undefined} aria-describedby={describedBy(field('expectedDate'), dateHint, errors.expectedDate)} />
      </div>
      <div className={errors.message ? 'field field--invalid' : 'field'}>
        <label htmlFor={field('message')}>{strings.message}</label>
        <FieldMessages id={field('message')} error={errors.message} />
        <textarea id={field('message')} name="message" rows={3} value={values.message} onChange={(event) => set({ message: event.target.value })} aria-invalid={errors.message ? true : undefined} aria-describedby={describedBy(field('message'), undefined, errors.message)} />
      </div>
      <Checkbox id={field('consent')} name="consent" label={strings.consent} checked={values.consent} onChange={(consent) => set({ consent })} error={errors.consent} />
      <button className="button button--primary" type="submit" disabled={submitting} aria-busy={submitting || undefined}>
        {submitting ? strings.submitting : strings.submit}
      </button>
    </form>
  )
}
