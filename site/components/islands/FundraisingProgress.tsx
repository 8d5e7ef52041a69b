import { useEffect, useState } from 'react'
import type { FundraisingProgress as Progress } from '../../../cms/payments/progress'
import type { Locale } from '../../../domain/locales'
import { formatEuroCents } from '../../../domain/money'
import { fillPlaceholders } from '../../../domain/placeholders'
import type { UiStrings } from '../../i18n/schema'

type Props = { initial: Progress; locale: Locale; strings: UiStrings['progress']; progressUrl: string }

/**
 * How far this year's gifts are from the goal. Rendered into the static page with the
 * figure of the build, then brought up to date from GET /api/donations/progress.
 */
export default function FundraisingProgress({ initial, locale, strings, progressUrl }: Props) {
  const [progress, setProgress] = useState(initial)

  useEffect(() => {
    const controller = new AbortController()
    fetch(progressUrl, { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<Progress>) : undefined))
      .then((latest) => latest && typeof latest.raisedCents === 'number' && setProgress(latest))
      .catch(() => undefined) // The build's figure stays: better slightly old than nothing.
    return () => controller.abort()
  }, [progressUrl])

  const percent = progress.goalCents > 0 ? Math.min(100, Math.round((progress.raisedCents / progress.goalCents) * 100)) : 0
  // One piece of text, so that a longer live figure does not push the rest of the sentence
  // along (a layout shift); the stylesheet keeps room for it to wrap.
  const summary = `${fillPlaceholders(strings.raisedOfGoal, {
    raised: formatEuroCents(progress.raisedCents, locale, 'never'),
    goal: formatEuroCents(progress.goalCents, locale, 'never'),
    year: progress.year,
  })} · ${fillPlaceholders(strings.donors, { donors: progress.donors })}`
  return (
    <div className="progress" data-testid="fundraising-progress" data-raised-cents={progress.raisedCents}>
      <p className="progress__summary" id="progress-summary" aria-live="polite">
        {summary}
      </p>
      <progress className="progress__bar" max={100} value={percent} aria-label={strings.label} aria-describedby="progress-summary">
        {percent} %
      </progress>
    </div>
  )
}
