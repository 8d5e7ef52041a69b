import { useEffect, useRef, useState } from 'react'
import { fillPlaceholders } from '../../../../domain/placeholders'
import type { Locale } from '../../../../domain/locales'
import { acceptsPledges, needProgress } from '../../../../domain/needs'
import type { NeedsStrings } from '../../../i18n/needs/schema'
import { type LiveCounts, liveCounts } from './liveCounts'
import { PledgeForm } from './PledgeForm'

export type NeedPledgeProps = {
  locale: Locale
  strings: NeedsStrings
  /** The need's figures at build time; replaced by the live ones once loaded. */
  initial: LiveCounts
  name: string
  unit: string
  pledgeDays: number
  countsUrl: string
  pledgeUrl: string
}


/**
 * One need's figures (wanted, pledged, received, as progress) and its pledge form. A need
 * without a set quantity shows "wanted" and what was pledged and received, with no count
 * to reach, no bar and never "everything is pledged". The
 * figures are in the static page from the build, then refreshed from GET /api/needs;
 * after a pledge they come from the server's answer.
 */
export default function NeedPledge(props: NeedPledgeProps) {
  const { locale, strings, initial, name, unit, pledgeDays, countsUrl, pledgeUrl } = props
  const [counts, setCounts] = useState<LiveCounts>(initial)
  const [open, setOpen] = useState(false)
  const [reference, setReference] = useState<string>()
  const thanksRef = useRef<HTMLDivElement>(null)
  const formId = `pledge-${initial.id}`

  useEffect(() => {
    let current = true
    liveCounts(countsUrl).then((all) => {
      const latest = all.get(String(initial.id))
      if (current && latest) setCounts(latest)
    })
    return () => {
      current = false
    }
  }, [countsUrl, initial.id])

  const progress = needProgress(counts)
  const accepting = acceptsPledges(counts)
  const action = accepting ? 'pledge' : counts.status === 'fulfilled' || progress.complete ? 'fulfilled' : progress.fullyPledged ? 'fully-pledged' : 'none'

  function pledged(result: { reference: string; need: LiveCounts }) {
    setCounts((previous) => ({ ...previous, ...result.need }))
    setReference(result.reference)
    setOpen(false)
  }

  // Once the thanks is on screen (the form that had focus is gone), it takes the focus.
  useEffect(() => {
    if (reference) thanksRef.current?.focus()
  }, [reference])

  return (
    <div className="need-pledge" data-testid={`need-${initial.id}`} data-wanted={progress.wanted ?? 'open'} data-pledged={progress.quantityPledged} data-received={progress.quantityReceived}>
      <ul className="need-figures" aria-live="polite">
        {progress.quantityNeeded !== null && <li>{fillPlaceholders(strings.needed, { count: progress.quantityNeeded, unit })}</li>}
        <li>{fillPlaceholders(strings.received, { count: progress.quantityReceived })}</li>
        <li>{fillPlaceholders(strings.pledged, { count: progress.quantityPledged })}</li>
        <li className="need-figures__wanted">{progress.wanted === null ? strings.wantedOpen : fillPlaceholders(strings.wanted, { count: progress.wanted })}</li>
      </ul>
      {progress.quantityNeeded !== null && (
        <div className="need-bar" role="img" aria-label={`${fillPlaceholders(strings.progressLabel, { name })}: ${progress.receivedPercent} %`}>
          {/* Pledged first, as wide as received and pledged together, so that received covers its start. */}
          <span className="need-bar__pledged" style={{ width: `${Math.min(100, progress.receivedPercent + progress.pledgedPercent)}%` }} />
          <span className="need-bar__received" style={{ width: `${progress.receivedPercent}%` }} />
        </div>
      )}
      {reference && (
        <div className="need-thanks" role="status" tabIndex={-1} ref={thanksRef}>
          <p className="need-thanks__title">{strings.thanksTitle}</p>
          <p>{fillPlaceholders(strings.thanksText, { reference })}</p>
        </div>
      )}
      {/*
        The button and the lines that take its place share one cell, the others kept but
        invisible: the slot is as tall as the tallest whatever the live figures say, so
        figures unlike the build's move nothing below them.
      */}
      <div className="need-action">
        <button type="button" className="button button--primary" data-current={action === 'pledge'} aria-expanded={open} aria-controls={formId} onClick={() => setOpen((value) => !value)}>
          {reference ? strings.pledgeAgain : strings.open}
        </button>
        <p className="need-state need-state--done" data-current={action === 'fulfilled'}>
          {strings.fulfilled}
        </p>
        {progress.quantityNeeded !== null && (
          <p className="need-state" data-current={action === 'fully-pledged'}>
            {strings.fullyPledged}
          </p>
        )}
      </div>
      {accepting && open && (
        <PledgeForm id={formId} locale={locale} strings={strings} needId={initial.id} name={name} wanted={progress.wanted} pledgeDays={pledgeDays} pledgeUrl={pledgeUrl} onPledged={pledged} />
      )}
    </div>
  )
}
