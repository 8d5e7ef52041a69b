import { closedCentres, experienceAreas, languageLevels } from '../../../domain/volunteering/options'
import type { VolunteerStrings } from '../../../site/i18n/volunteer/schema'
import type { Entries } from './entries'
import { choices, textArea, textField } from './fields'
import { type Html, html } from './html'

/**
 * The two sets of questions of the application form shown again, as the island's
 * StandardQuestions and HostingQuestions draw them. Without script no language row can be
 * added, so the rows are those sent (or one empty row).
 */
type Section = { strings: VolunteerStrings; values: Entries; errors: Record<string, string>; required: Html }

/** The language rows the form sent (`languages.0.language`, `languages.0.level`, …), in order. */
export function languageRows(values: Entries): { language: string; level: string }[] {
  const rows: { language: string; level: string }[] = []
  for (let i = 0; i < 8 && (i === 0 || values.has(`languages.${i}.language`)); i++) rows.push({ language: values.text(`languages.${i}.language`), level: values.text(`languages.${i}.level`) || 'fluent' })
  return rows
}

export function standardQuestions({ strings, values, errors, required, visiting }: Section & { visiting: boolean }): Html {
  const f = strings.form
  const rows = languageRows(values).map(({ language, level }, i) => {
    const levelError = errors[`languages.${i}.level`]
    return html`<div class="language-row">
${textField({ id: `language-${i}`, name: `languages.${i}.language`, label: `${f.language} ${i + 1}`, value: language, error: errors[`languages.${i}.language`], required: true })}
<div class="${levelError ? 'field field--invalid' : 'field'}"><label for="level-${i}">${f.level} ${i + 1}</label>${levelError ? html`<p class="field__error" id="level-${i}-error">${levelError}</p>` : ''}<select id="level-${i}" name="languages.${i}.level"${levelError ? html` aria-describedby="level-${i}-error"` : ''}>${languageLevels.map((option) => html`<option value="${option}"${option === level ? html` selected` : ''}>${f.levels[option]}</option>`)}</select></div>
</div>`
  })
  return html`<fieldset class="form-section"><legend>${f.languagesSpoken}${required}</legend>
${errors.languages ? html`<p class="field__error" id="languages-error">${errors.languages}</p>` : ''}${rows}</fieldset>
${visiting ? choices({ id: 'centres', legend: f.centres, hint: f.centresHint, type: 'checkbox', options: closedCentres.map((value) => ({ value, label: strings.places[value] })), selected: values.all('centres'), error: errors.centres }) : ''}
<fieldset class="form-section"><legend>${f.availability}</legend>
${textField({ id: 'hoursPerWeek', label: html`${f.hoursPerWeek}${required}`, value: values.text('hoursPerWeek'), inputMode: 'numeric', error: errors.hoursPerWeek, required: true })}
<div class="field field--checkbox"><input id="drivingLicence" name="drivingLicence" type="checkbox"${values.has('drivingLicence') ? html` checked` : ''}><label for="drivingLicence">${f.drivingLicence}</label></div>
</fieldset>
${choices({ id: 'experience', legend: f.experience, type: 'checkbox', options: experienceAreas.map((value) => ({ value, label: f.experienceAreas[value] })), selected: values.all('experience'), error: errors.experience })}
${textArea({ id: 'experienceDetails', label: f.experienceDetails, value: values.text('experienceDetails'), error: errors.experienceDetails, rows: 3 })}`
}

export function hostingQuestions({ strings, values, errors, required }: Section): Html {
  const f = strings.form
  return html`<fieldset class="form-section"><legend>${f.hosting}</legend>
${textField({ id: 'region', label: html`${f.region}${required}`, value: values.text('region'), error: errors.region, required: true })}
${textArea({ id: 'household', label: html`${f.household}${required}`, hint: f.householdHint, value: values.text('household'), error: errors.household, rows: 3, required: true })}
${choices({ id: 'spareRoom', legend: html`${f.spareRoom}${required}`, type: 'radio', required: true, options: [{ value: 'yes', label: f.yes }, { value: 'no', label: f.no }], selected: values.all('spareRoom'), error: errors.spareRoom })}
${textField({ id: 'hostingPeriod', label: html`${f.hostingPeriod}${required}`, value: values.text('hostingPeriod'), error: errors.hostingPeriod, required: true })}
</fieldset>`
}
