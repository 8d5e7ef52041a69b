import { closedCentres, experienceAreas, languageLevels } from '../../../../domain/volunteering/options'
import { TextField } from '../form/fields'
import { Choices, Required, TextArea } from './controls'
import type { LanguageRow, SectionProps } from './types'

/** The questions for visiting and office roles: languages, centres, availability, experience. */
export function StandardQuestions({ strings, values, errors, set, visiting, nextKey }: SectionProps & { visiting: boolean; nextKey: () => number }) {
  const f = strings.form
  const req = <Required note={f.requiredNote} />
  const updateRow = (key: number, change: Partial<LanguageRow>) => set({ languages: values.languages.map((row) => (row.key === key ? { ...row, ...change } : row)) })
  return (
    <>
      <fieldset className="form-section">
        <legend>
          {f.languagesSpoken}
          {req}
        </legend>
        {errors.languages && (
          <p className="field__error" id="languages-error">
            {errors.languages}
          </p>
        )}
        {values.languages.map((row, i) => (
          <div className="language-row" key={row.key}>
            <TextField id={`language-${i}`} name={`languages.${i}.language`} label={`${f.language} ${i + 1}`} value={row.language} onChange={(language) => updateRow(row.key, { language })} error={errors[`languages.${i}.language`]} required />
            <div className={errors[`languages.${i}.level`] ? 'field field--invalid' : 'field'}>
              <label htmlFor={`level-${i}`}>{`${f.level} ${i + 1}`}</label>
              {errors[`languages.${i}.level`] && (
                <p className="field__error" id={`level-${i}-error`}>
                  {errors[`languages.${i}.level`]}
                </p>
              )}
              <select id={`level-${i}`} name={`languages.${i}.level`} value={row.level} onChange={(event) => updateRow(row.key, { level: event.target.value })} aria-describedby={errors[`languages.${i}.level`] ? `level-${i}-error` : undefined}>
                {languageLevels.map((level) => (
                  <option key={level} value={level}>
                    {f.levels[level]}
                  </option>
                ))}
              </select>
            </div>
            {values.languages.length > 1 && (
              <button type="button" className="button button--secondary" onClick={() => set({ languages: values.languages.filter((r) => r.key !== row.key) })}>
                {f.removeLanguage.replace('{language}', row.language || `${f.language} ${i + 1}`)}
              </button>
            )}
          </div>
        ))}
        {values.languages.length < 8 && (
          <button type="button" className="button button--secondary" onClick={() => set({ languages: [...values.languages, { key: nextKey(), language: '', level: 'good' }] })}>
            {f.addLanguage}
          </button>
        )}
      </fieldset>
      {visiting && (
        <Choices
          id="centres"
          legend={f.centres}
          hint={f.centresHint}
          type="checkbox"
          options={closedCentres.map((value) => ({ value, label: strings.places[value] }))}
          selected={values.centres}
          onChange={(centres) => set({ centres })}
          error={errors.centres}
        />
      )}
      <fieldset className="form-section">
        <legend>{f.availability}</legend>
        <TextField id="hoursPerWeek" label={<>{f.hoursPerWeek}{req}</>} value={values.hoursPerWeek} onChange={(hoursPerWeek) => set({ hoursPerWeek })} inputMode="numeric" error={errors.hoursPerWeek} required />
        <div className="field field--checkbox">
          <input id="drivingLicence" name="drivingLicence" type="checkbox" checked={values.drivingLicence} onChange={(event) => set({ drivingLicence: event.target.checked })} />
          <label htmlFor="drivingLicence">{f.drivingLicence}</label>
        </div>
      </fieldset>
      <Choices
        id="experience"
        legend={f.experience}
        type="checkbox"
        options={experienceAreas.map((value) => ({ value, label: f.experienceAreas[value] }))}
        selected={values.experience}
        onChange={(experience) => set({ experience })}
        error={errors.experience}
      />
      <TextArea id="experienceDetails" label={f.experienceDetails} value={values.experienceDetails} onChange={(experienceDetails) => set({ experienceDetails })} error={errors.experienceDetails} rows={3} />
    </>
  )
}
