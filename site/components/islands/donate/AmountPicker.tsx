import type { Frequency } from '../../../../domain/forms/donation'
import { describedBy, FieldMessages } from '../form/fields'
import { type DonateProps, type PresetAmount } from './types'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'

type Props = Pick<DonateProps, 'locale' | 'strings' | 'rules'> & {
  frequency: Frequency
  presets: PresetAmount[]
  choice: string
  otherAmount: string
  error?: string
  onChoice: (choice: string) => void
  onOtherAmount: (value: string) => void
}

/** Preset amounts as radio buttons (each with what it makes possible), and a free amount. */
export function AmountPicker({ locale, strings, rules, frequency, presets, choice, otherAmount, error, onChoice, onOtherAmount }: Props) {
  const label = (cents: number) => (frequency === 'monthly' ? fillPlaceholders(strings.perMonth, { amount: formatEuroCents(cents, locale, 'whenAny') }) : formatEuroCents(cents, locale, 'whenAny'))
  const hint = fillPlaceholders(strings.otherAmountHint, { min: formatEuroCents(rules.minimumCents, locale, 'whenAny'), max: formatEuroCents(rules.maximumCents, locale, 'whenAny') })
  return (
    <fieldset className={error ? 'amounts field--invalid' : 'amounts'}>
      <legend>{strings.amount}</legend>
      <div className="amounts__presets">
        {presets.map((preset) => {
          const id = `amount-${preset.amountCents}`
          return (
            <div className="amounts__preset" key={id}>
              <input
                type="radio"
                id={id}
                name="amount"
                value={String(preset.amountCents)}
                checked={choice === String(preset.amountCents)}
                onChange={() => onChoice(String(preset.amountCents))}
                aria-describedby={preset.impact ? `${id}-impact` : undefined}
              />
              <label htmlFor={id}>
                <span className="amounts__value">{label(preset.amountCents)}</span>
                {preset.impact && (
                  <span className="amounts__impact" id={`${id}-impact`}>
                    {preset.impact}
                  </span>
                )}
              </label>
            </div>
          )
        })}
        <div className="amounts__preset">
          <input type="radio" id="amount-other" name="amount" value="other" checked={choice === 'other'} onChange={() => onChoice('other')} />
          <label htmlFor="amount-other">
            <span className="amounts__value">{strings.otherAmount}</span>
          </label>
        </div>
      </div>
      {/* Always in the page, shown by CSS while "other" is chosen (formsWithoutScript.css): without script too. */}
      <div className="field amounts__other">
        <label htmlFor="amountCents">{strings.otherAmount}</label>
        <FieldMessages id="amountCents" hint={hint} error={choice === 'other' ? error : undefined} />
        <input
          id="amountCents"
          name="otherAmount"
          inputMode="decimal"
          autoComplete="transaction-amount"
          value={otherAmount}
          onChange={(event) => onOtherAmount(event.target.value)}
          aria-invalid={choice === 'other' && error ? true : undefined}
          aria-describedby={describedBy('amountCents', hint, choice === 'other' ? error : undefined)}
        />
      </div>
      {choice !== 'other' && error && (
        <p className="field__error" id="amountCents-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
