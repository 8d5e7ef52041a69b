import { type FormEvent, useRef, useState } from 'react'
import type { FieldErrors } from '../../../../domain/forms/errors'
import { locales } from '../../../../domain/locales'
import { useEarlyInput } from '../form/earlyInput'
import { Checkbox, ErrorSummary, TextField } from '../form/fields'
import { useFocusWhenShown } from '../form/focusWhenShown'
import { useOnDemand } from '../form/onDemand'
import { Choices, FileInput, Required, Select, TextArea } from './controls'
import { HostingQuestions } from './HostingQuestions'
import { withEarlyInput } from './earlyValues'
import { StandardQuestions } from './StandardQuestions'
import type { ApplicationFormProps, Files, FormValues } from './types'

/**
 * The application form of a role page. Checked in the page with the server's own schema,
 * then sent as multipart (the CV travels as a file). Errors are listed at the top, focused
 * and announced, and each is tied to its field; the answer's reference replaces the form.
 * Without script, the browser posts the same form itself (multipart, under the names the
 * server reads) and the CMS answers with a redirect.
 */
export default function ApplicationForm({ locale, strings, role, otherRoles, privacyHref, submitUrl, challengeUrl }: ApplicationFormProps) {
  const f = strings.form
  const keys = useRef(1)
  const [values, setValues] = useState<FormValues>(() => initialValues(locale))
  const [files, setFiles] = useState<Files>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [state, setState] = useState<'editing' | 'sending' | 'sent'>('editing')
  const [reference, setReference] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const thanksRef = useRef<HTMLDivElement>(null)
  const focusSummary = useFocusWhenShown(summaryRef)
  const focusThanks = useFocusWhenShown(thanksRef)
  const proof = useRef<Promise<string | undefined> | undefined>(undefined)
  const set = (change: Partial<FormValues>) => setValues((current) => ({ ...current, ...change }))

  const checks = useOnDemand(() => import('./checkApplication'))

  // What the visitor entered before the island woke up (see form/earlyInput.ts).
  useEarlyInput(formRef, (early) => {
    setValues((current) => withEarlyInput(current, early))
    setFiles({ cv: early.file('cv'), motivationFile: early.file('motivationFile') })
  })

  // The proof of work and the checks cost nothing until the visitor starts on the form (focus
  // or typing); their code is fetched then, and the work is done in workers long before "send".
  function startProof() {
    proof.current ??= import('./proofOfWork').then(({ startProofOfWork }) => startProofOfWork(challengeUrl)).catch(() => undefined)
  }
  function begin() {
    startProof()
    void checks().catch(() => undefined)
  }

  function formData(altcha?: string): FormData {
    const data = new FormData()
    const add = (name: string, value: string) => data.append(name, value)
    add('role', role.id)
    add('track', role.track)
    add('locale', locale)
    for (const name of ['name', 'email', 'phone', 'preferredLanguage', 'town', 'motivation', 'heardFrom', 'website'] as const) add(name, values[name].trim())
    if (values.consent) add('consent', 'true')
    if (values.keepForFutureRoles) add('keepForFutureRoles', 'true')
    for (const id of values.otherRoles) add('otherRoles', id)
    if (role.track === 'standard') {
      values.languages.forEach((row, i) => {
        add(`languages.${i}.language`, row.language)
        add(`languages.${i}.level`, row.level)
      })
      for (const centre of values.centres) add('centres', centre)
      add('hoursPerWeek', values.hoursPerWeek.trim())
      if (values.drivingLicence) add('drivingLicence', 'true')
      for (const area of values.experience) add('experience', area)
      add('experienceDetails', values.experienceDetails)
      if (files.cv) data.append('cv', files.cv)
    } else {
      for (const name of ['region', 'household', 'hostingPeriod'] as const) add(name, values[name])
      if (values.spareRoom[0]) add('spareRoom', values.spareRoom[0])
    }
    if (files.motivationFile) data.append('motivationFile', files.motivationFile)
    if (altcha) add('altcha', altcha)
    return data
  }

  function showErrors(found: FieldErrors) {
    setErrors(found)
    focusSummary()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    // Checks that could not be fetched leave the checking to the server, which runs the same.
    const checked = await checks().then(({ checkApplication }) => checkApplication(formData(), locale), () => undefined)
    if (checked && !checked.ok) return showErrors(checked.errors)
    setErrors({})
    setState('sending')
    startProof()
    try {
      const altcha = await proof.current
      const response = await fetch(submitUrl, { method: 'POST', body: formData(altcha) })
      const body = (await response.json().catch(() => ({}))) as { reference?: string; errors?: FieldErrors }
      if (response.status === 201 && body.reference) {
        setReference(body.reference)
        setState('sent')
        focusThanks()
        return
      }
      showErrors(body.errors ?? { _form: f.networkError })
    } catch {
      showErrors({ _form: f.networkError })
    }
    setState('editing')
    // A used challenge is not accepted twice: prepare a fresh one for the next attempt.
    proof.current = undefined
    startProof()
  }

  if (state === 'sent') {
    return (
      <div className="application-sent notice" role="status" tabIndex={-1} ref={thanksRef}>
        <h3>{f.thanksHeading}</h3>
        <p>
          {f.thanksText.split('{reference}')[0]}
          <strong className="application-sent__reference">{reference}</strong>
          {f.thanksText.split('{reference}')[1]}
        </p>
        <p>{f.thanksEmail}</p>
      </div>
    )
  }

  const req = <Required note={f.requiredNote} />
  const fieldIds: Record<string, string> = {
    role: 'name',
    name: 'name',
    email: 'email',
    phone: 'phone',
    preferredLanguage: 'preferredLanguage',
    town: 'town',
    languages: 'language-0',
    ...Object.fromEntries(values.languages.flatMap((_, i) => [[`languages.${i}.language`, `language-${i}`], [`languages.${i}.level`, `level-${i}`]])),
    centres: 'centres',
    hoursPerWeek: 'hoursPerWeek',
    experience: 'experience',
    experienceDetails: 'experienceDetails',
    cv: 'cv',
    motivation: 'motivation',
    motivationFile: 'motivationFile',
    heardFrom: 'heardFrom',
    region: 'region',
    household: 'household',
    spareRoom: 'spareRoom',
    hostingPeriod: 'hostingPeriod',
    consent: 'consent',
    website: 'website',
  }
  const section = { strings, values, errors, set }

  return (
    <form ref={formRef} className="application-form" method="post" action={submitUrl} encType="multipart/form-data" onSubmit={submit} onFocus={begin} onInput={begin} noValidate aria-describedby="application-intro">
      <p id="application-intro">{f.intro}</p>
      <input type="hidden" name="role" value={role.id} />
      <input type="hidden" name="track" value={role.track} />
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary heading={f.errorSummary} errors={errors} fieldIds={fieldIds} summaryRef={summaryRef} />
      <fieldset className="form-section">
        <legend>{f.yourDetails}</legend>
        <TextField id="name" label={<>{f.name}{req}</>} value={values.name} onChange={(name) => set({ name })} autoComplete="name" error={errors.name} required />
        <TextField id="email" type="email" label={<>{f.email}{req}</>} value={values.email} onChange={(email) => set({ email })} autoComplete="email" error={errors.email} required />
        <TextField id="phone" type="tel" label={<>{f.phone}{req}</>} hint={f.phoneHint} value={values.phone} onChange={(phone) => set({ phone })} autoComplete="tel" error={errors.phone} required />
        <Select id="preferredLanguage" label={f.preferredLanguage} value={values.preferredLanguage} onChange={(preferredLanguage) => set({ preferredLanguage })} options={locales.map((value) => ({ value, label: strings.languageNames[value] }))} error={errors.preferredLanguage} />
        <TextField id="town" label={<>{f.town}{req}</>} value={values.town} onChange={(town) => set({ town })} autoComplete="address-level2" error={errors.town} required />
      </fieldset>
      {role.track === 'standard' ? <StandardQuestions {...section} visiting={role.visiting} nextKey={() => keys.current++} /> : <HostingQuestions {...section} />}
      {otherRoles.length > 0 && (
        <Choices id="otherRoles" legend={f.otherRoles} type="checkbox" options={otherRoles.map((other) => ({ value: other.id, label: other.title }))} selected={values.otherRoles} onChange={(ids) => set({ otherRoles: ids })} error={errors.otherRoles} />
      )}
      {role.track === 'standard' && <FileInput id="cv" label={<>{f.cv}{req}</>} hint={f.fileHint} onChange={(cv) => setFiles((current) => ({ ...current, cv }))} error={errors.cv} required />}
      <TextArea id="motivation" label={f.motivation} hint={f.motivationHint} value={values.motivation} onChange={(motivation) => set({ motivation })} error={errors.motivation} />
      <FileInput id="motivationFile" label={f.motivationFile} hint={f.fileHint} onChange={(motivationFile) => setFiles((current) => ({ ...current, motivationFile }))} error={errors.motivationFile} />
      <TextField id="heardFrom" label={f.heardFrom} value={values.heardFrom} onChange={(heardFrom) => set({ heardFrom })} error={errors.heardFrom} />
      {/* The honeypot: off screen and out of the tab order, so only a robot fills it in. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{f.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" value={values.website} onChange={(event) => set({ website: event.target.value })} />
      </div>
      <fieldset className="form-section">
        <legend>{f.consentHeading}</legend>
        <Checkbox
          id="consent"
          label={<>{f.consent}{req}</>}
          checked={values.consent}
          onChange={(consent) => set({ consent })}
          error={errors.consent}
          hint={privacyHref ? <a href={privacyHref}>{f.privacyLink}</a> : undefined}
        />
        <Checkbox id="keepForFutureRoles" label={f.keepForFutureRoles} checked={values.keepForFutureRoles} onChange={(keepForFutureRoles) => set({ keepForFutureRoles })} />
      </fieldset>
      {state === 'sending' && (
        <p className="field__hint" role="status">
          {f.protecting}
        </p>
      )}
      <button className="button button--primary" type="submit" disabled={state === 'sending'} aria-busy={state === 'sending' || undefined}>
        {state === 'sending' ? f.submitting : f.submit}
      </button>
    </form>
  )
}

function initialValues(locale: FormValues['preferredLanguage']): FormValues {
  return {
    name: '',
    email: '',
    phone: '',
    preferredLanguage: locale,
    town: '',
    languages: [{ key: 0, language: '', level: 'fluent' }],
    otherRoles: [],
    centres: [],
    hoursPerWeek: '',
    drivingLicence: false,
    experience: [],
    experienceDetails: '',
    motivation: '',
    heardFrom: '',
    region: '',
    household: '',
    spareRoom: [],
    hostingPeriod: '',
    consent: false,
    keepForFutureRoles: false,
    website: '',
  }
}
