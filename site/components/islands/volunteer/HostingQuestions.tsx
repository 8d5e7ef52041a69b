import { TextField } from '../form/fields'
import { Choices, Required, TextArea } from './controls'
import type { SectionProps } from './types'

/** Hosts answer about their home instead of languages, centres and a CV. */
export function HostingQuestions({ strings, values, errors, set }: SectionProps) {
  const f = strings.form
  const req = <Required note={f.requiredNote} />
  return (
    <fieldset className="form-section">
      <legend>{f.hosting}</legend>
      <TextField id="region" label={<>{f.region}{req}</>} value={values.region} onChange={(region) => set({ region })} error={errors.region} required />
      <TextArea id="household" label={<>{f.household}{req}</>} hint={f.householdHint} value={values.household} onChange={(household) => set({ household })} error={errors.household} rows={3} required />
      <Choices
        id="spareRoom"
        legend={<>{f.spareRoom}{req}</>}
        type="radio"
        required
        options={[
          { value: 'yes', label: f.yes },
          { value: 'no', label: f.no },
        ]}
        selected={values.spareRoom}
        onChange={(spareRoom) => set({ spareRoom })}
        error={errors.spareRoom}
      />
      <TextField id="hostingPeriod" label={<>{f.hostingPeriod}{req}</>} value={values.hostingPeriod} onChange={(hostingPeriod) => set({ hostingPeriod })} error={errors.hostingPeriod} required />
    </fieldset>
  )
}
