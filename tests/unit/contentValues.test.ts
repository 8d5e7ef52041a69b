import { describe, expect, it } from 'vitest'
import { fillPlaceholders } from '../../domain/placeholders'
import { contentValues } from '../../site/lib/contentValues'

describe('settings written into content', () => {
  it('states the retention periods in the page’s language, singular or plural', () => {
    expect(contentValues({ weeks: 4, futureRolesMonths: 12 }, 'nl')).toEqual({ retentionPeriod: '4 weken', futureRolesPeriod: '12 maanden' })
    expect(contentValues({ weeks: 1, futureRolesMonths: 1 }, 'nl')).toEqual({ retentionPeriod: '1 week', futureRolesPeriod: '1 maand' })
    // French keeps number and unit together with a no-break space.
    const french = contentValues({ weeks: 6, futureRolesMonths: 18 }, 'fr')
    expect(Object.fromEntries(Object.entries(french).map(([key, text]) => [key, text.replace(/\s/g, ' ')]))).toEqual({ retentionPeriod: '6 semaines', futureRolesPeriod: '18 mois' })
    expect(contentValues({ weeks: 1, futureRolesMonths: 24 }, 'en')).toEqual({ retentionPeriod: '1 week', futureRolesPeriod: '24 months' })
  })

  it('fill the privacy notice’s placeholders and leave other braces alone', () => {
    const html = '<p>we wissen ze {retentionPeriod} na die beslissing; {futureRolesPeriod} met toestemming; {other}</p>'
    expect(fillPlaceholders(html, contentValues({ weeks: 4, futureRolesMonths: 12 }, 'nl'))).toBe('<p>we wissen ze 4 weken na die beslissing; 12 maanden met toestemming; {other}</p>')
  })
})
