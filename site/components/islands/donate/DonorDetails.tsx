import type { FieldErrors } from '../../../../domain/forms/errors'
import { localeNames } from '../../../../domain/locales'
import { type CertificateLanguage, certificateLanguages } from '../../../../domain/tax/certificateLanguage'
import { Checkbox, describedBy, FieldMessages, TextField } from '../form/fields'
import type { DonateProps } from './types'

export type DonorState = {
  name: string
  email: string
  anonymous: boolean
  newsletter: boolean
  tributeOn: boolean
  tributeKind: 'memory' | 'honour'
  tributeName: string
  taxOn: boolean
  nationalRegisterNumber: string
  street: string
  postalCode: string
  city: string
  /** Empty until chosen: an English page preselects neither. */
  certificateLanguage: CertificateLanguage | ''
}

export const emptyDonor: DonorState = {
  name: '',
  email: '',
  anonymous: false,
  newsletter: false,
  tributeOn: false,
  tributeKind: 'memory',
  tributeName: '',
  taxOn: false,
  nationalRegisterNumber: '',
  street: '',
  postalCode: '',
  city: '',
  certificateLanguage: '',
}

type Props = Pick<DonateProps, 'strings'> & {
  taxCertificates: boolean
  /** The reduction this year's gifts earn, as the Tax certificate settings say. */
  taxNote?: string
  donor: DonorState
  errors: FieldErrors
  onChange: (change: Partial<DonorState>) => void
}

/** Who gives: name and email, the optional tribute, consent to news, and what a tax certificate needs. */
export function DonorDetails({ strings, taxCertificates, taxNote, donor, errors, onChange }: Props) {
  return (
    <>
      <Checkbox id="tributeOn" label={strings.tributeToggle} checked={donor.tributeOn} onChange={(tributeOn) => onChange({ tributeOn })} />
      {/* Always in the page, shown by CSS while the box is ticked (formsWithoutScript.css): without script too. */}
      <fieldset className="tribute">
        <legend>{strings.tributeKind}</legend>
        {(['memory', 'honour'] as const).map((kind) => (
          <div className="frequency__option" key={kind}>
            <input type="radio" id={`tribute-${kind}`} name="tributeKind" value={kind} checked={donor.tributeKind === kind} onChange={() => onChange({ tributeKind: kind })} />
            <label htmlFor={`tribute-${kind}`}>{kind === 'memory' ? strings.inMemory : strings.inHonour}</label>
          </div>
        ))}
        <TextField id="tributeName" label={strings.tributeName} value={donor.tributeName} onChange={(tributeName) => onChange({ tributeName })} error={errors['tribute.name']} required />
      </fieldset>
      <fieldset className="donor">
        <legend>{strings.yourDetails}</legend>
        <TextField id="name" label={strings.name} value={donor.name} onChange={(name) => onChange({ name })} error={errors.name} autoComplete="name" required />
        <TextField id="email" type="email" label={strings.email} hint={strings.emailHint} value={donor.email} onChange={(email) => onChange({ email })} error={errors.email} autoComplete="email" inputMode="email" required />
        <Checkbox id="anonymous" label={strings.anonymous} checked={donor.anonymous} onChange={(anonymous) => onChange({ anonymous })} />
        <Checkbox id="newsletter" label={strings.newsletter} checked={donor.newsletter} onChange={(newsletter) => onChange({ newsletter })} />
      </fieldset>
      {taxCertificates && (
        <fieldset className="tax-certificate">
          <legend>{strings.taxHeading}</legend>
          <p className="field__hint">{taxNote ? `${taxNote} ${strings.taxExplanation}` : strings.taxExplanation}</p>
          <Checkbox id="taxOn" label={strings.taxRequest} checked={donor.taxOn} onChange={(taxOn) => onChange({ taxOn })} />
          <div className="tax-certificate__fields">
            <TextField id="nationalRegisterNumber" label={strings.nationalRegisterNumber} hint={strings.nationalRegisterNumberHint} value={donor.nationalRegisterNumber} onChange={(nationalRegisterNumber) => onChange({ nationalRegisterNumber })} error={errors['taxCertificate.nationalRegisterNumber']} inputMode="numeric" required />
            <TextField id="street" label={strings.street} value={donor.street} onChange={(street) => onChange({ street })} error={errors['taxCertificate.street']} autoComplete="street-address" required />
            <TextField id="postalCode" label={strings.postalCode} value={donor.postalCode} onChange={(postalCode) => onChange({ postalCode })} error={errors['taxCertificate.postalCode']} autoComplete="postal-code" inputMode="numeric" required />
            <TextField id="city" label={strings.city} value={donor.city} onChange={(city) => onChange({ city })} error={errors['taxCertificate.city']} autoComplete="address-level2" required />
            <CertificateLanguageChoice id="certificateLanguage" strings={strings} chosen={donor.certificateLanguage} error={errors['taxCertificate.language']} onChange={(certificateLanguage) => onChange({ certificateLanguage })} />
          </div>
        </fieldset>
      )}
    </>
  )
}

/**
 * The certificate's language, Dutch or French as the donor chooses (the administration's
 * two); the donate and bank-transfer forms both ask it. The first option carries the group's id, so that the error summary's link lands on
 * it. Each name is written in its own language, and marked so for screen readers.
 */
export function CertificateLanguageChoice({ id, strings, chosen, error, onChange }: Pick<DonateProps, 'strings'> & { id: string; chosen: CertificateLanguage | ''; error?: string; onChange: (language: CertificateLanguage) => void }) {
  return (
    <fieldset className={error ? 'tax-certificate__language field--invalid' : 'tax-certificate__language'} role="radiogroup" aria-required="true" aria-describedby={describedBy(id, strings.certificateLanguageHint, error)}>
      <legend>{strings.certificateLanguage}</legend>
      <FieldMessages id={id} hint={strings.certificateLanguageHint} error={error} />
      {certificateLanguages.map((language, i) => {
        const optionId = i === 0 ? id : `${id}-${language}`
        return (
          <div className="frequency__option" key={language}>
            <input type="radio" id={optionId} name={id} value={language} checked={chosen === language} onChange={() => onChange(language)} aria-invalid={error ? true : undefined} />
            <label htmlFor={optionId} lang={language}>
              {localeNames[language]}
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}
