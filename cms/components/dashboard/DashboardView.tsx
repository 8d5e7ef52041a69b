import type { CSSProperties, ReactNode } from 'react'
import { locales } from '../../../domain/locales'
import type { ApplicationsSummary } from '../../dashboard/applications'
import type { ContentSummary } from '../../dashboard/content'
import type { FinanceSummary } from '../../dashboard/finance'
import type { Dashboard } from '../../dashboard/index'
import type { PledgeLine, PledgesSummary } from '../../dashboard/pledges'
import type { SettingsWarning } from '../../dashboard/settingsWarnings'
import { text } from '../../i18n/label'
import type { AdminKey } from '../../i18n/schema'
import { formatCents } from '../euros'
import { formatDay, formatMoment } from './format'
import { adminLinks, organisationFieldPath } from './links'

export type DashboardViewProps = {
  dashboard: Dashboard
  /** The reader's admin language. */
  language: string
  adminRoute: string
  /** Collection and settings names in the reader's language, by slug. */
  names: Record<string, string>
}

const sectionStyle: CSSProperties = { padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6, background: 'var(--theme-elevation-0)' }
const listStyle: CSSProperties = { margin: '0.25rem 0 0.75rem', paddingInlineStart: '1.25rem' }
const muted: CSSProperties = { color: 'var(--theme-elevation-600)' }

/**
 * "What needs doing", above the admin's collection cards: the settings a flow needs that
 * are empty, then one section per role of the reader. Every word comes from the admin
 * dictionaries (cms/i18n/), amounts and dates are written in the reader's language.
 */
export function DashboardView({ dashboard, language, adminRoute, names }: DashboardViewProps) {
  const t = (key: AdminKey, values?: Record<string, string | number>) => text(language, key, values)
  const links = adminLinks(adminRoute)
  const context = { t, links, language, names }
  return (
    <div className="what-needs-doing" style={{ marginBottom: '2rem' }}>
      <h2 style={{ margin: '0 0 1rem' }}>{t('dashboard.heading')}</h2>
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}>
        {dashboard.settings.length > 0 && <Settings warnings={dashboard.settings} {...context} />}
        {dashboard.finance && <Finance summary={dashboard.finance} {...context} />}
        {dashboard.applications && <Applications summary={dashboard.applications} {...context} />}
        {dashboard.pledges && <Pledges summary={dashboard.pledges} {...context} />}
        {dashboard.content && <Content summary={dashboard.content} {...context} />}
      </div>
    </div>
  )
}

type Context = { t: (key: AdminKey, values?: Record<string, string | number>) => string; links: ReturnType<typeof adminLinks>; language: string; names: Record<string, string> }

function Section({ id, heading, children, warning }: { id: string; heading: string; children: ReactNode; warning?: boolean }) {
  return (
    <section aria-labelledby={`dashboard-${id}`} data-dashboard={id} style={{ ...sectionStyle, ...(warning ? { borderColor: 'var(--theme-warning-500)' } : {}) }}>
      <h3 id={`dashboard-${id}`} style={{ margin: '0 0 0.75rem' }}>{heading}</h3>
      {children}
    </section>
  )
}

function Settings({ warnings, t, links }: Context & { warnings: SettingsWarning[] }) {
  const where = (warning: SettingsWarning) => [t('group.settings'), t('organisation.label'), ...organisationFieldPath[warning.field].map((key) => t(key))].join(' → ')
  return (
    <Section id="settings" heading={t('dashboard.settings.heading')} warning>
      <ul style={listStyle}>
        {warnings.map((warning) => (
          <li key={`${warning.kind}:${warning.field}`} style={{ marginBottom: '0.5rem' }}>
            {warningText(warning, t)} <a href={links.organisationField(warning.field)}>{t('dashboard.settings.goTo', { where: where(warning) })}</a>
          </li>
        ))}
      </ul>
    </Section>
  )
}

function warningText(warning: SettingsWarning, t: Context['t']): string {
  switch (warning.kind) {
    case 'contact-empty': {
      const consequence = warning.purpose === 'general' ? '' : ` ${t(warning.fallback === 'general' ? 'dashboard.settings.fallsBackToGeneral' : 'dashboard.settings.noFallback')}`
      return `${t('dashboard.settings.contactEmpty', { purpose: t(`organisation.emails.${warning.purpose}`) })} ${t(`dashboard.settings.contactUse.${warning.purpose}`)}${consequence}`
    }
    case 'iban-empty':
      return t('dashboard.settings.ibanEmpty')
    case 'iban-invalid':
      return t('dashboard.settings.ibanInvalid')
    case 'goal-empty':
      return t('dashboard.settings.goalEmpty')
    case 'goal-outdated':
      return t('dashboard.settings.goalOutdated', { year: warning.year })
  }
}

function Finance({ summary, t, links, language }: Context & { summary: FinanceSummary }) {
  const { progress } = summary
  const share = progress.goalCents > 0 ? Math.min(100, Math.round((progress.raisedCents / progress.goalCents) * 100)) : 0
  const raised = formatCents(progress.raisedCents, language)
  return (
    <Section id="finance" heading={t('dashboard.finance.heading')}>
      <p style={{ margin: '0 0 0.5rem' }}>
        {progress.goalCents > 0
          ? t('donations.totals', { year: progress.year, raised, goal: formatCents(progress.goalCents, language), share, donors: progress.donors })
          : t('dashboard.finance.noGoal', { year: progress.year, raised, donors: progress.donors })}
      </p>
      {progress.goalCents > 0 && <progress value={share} max={100} aria-label={t('dashboard.finance.progressLabel')} style={{ width: '100%' }} />}
      {summary.pastDueMonthlyGifts > 0 && (
        <p>
          <a href={links.list('monthly-gifts', { status: 'past-due' })}>{t('dashboard.finance.pastDue', { count: summary.pastDueMonthlyGifts })}</a>
        </p>
      )}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.finance.lastGifts')}</h4>
      {summary.lastGifts.length === 0 ? (
        <p style={muted}>{t('dashboard.finance.noGifts')}</p>
      ) : (
        <ul style={listStyle}>
          {summary.lastGifts.map((gift) => (
            <li key={gift.id}>
              <a href={links.document('donations', gift.id)}>{formatCents(gift.amountCents, language)}</a>
              {' · '}
              {gift.anonymous || !gift.donorName ? t('dashboard.finance.anonymous') : gift.donorName}
              {gift.kind ? ` · ${t(`donations.kind.${gift.kind}` as AdminKey)}` : ''}
              <span style={muted}> · {formatDay(gift.receivedAt, language)}</span>
            </li>
          ))}
        </ul>
      )}
      <a href={links.list('donations')}>{t('dashboard.seeAll')}</a>
    </Section>
  )
}

function Applications({ summary, t, links, language }: Context & { summary: ApplicationsSummary }) {
  return (
    <Section id="applications" heading={t('dashboard.applications.heading')}>
      <h4 style={{ margin: 0 }}>{t('dashboard.applications.byStatus')}</h4>
      <ul style={listStyle}>
        {Object.entries(summary.byStatus).map(([status, count]) => (
          <li key={status}>
            <a href={links.list('volunteer-applications', { status })}>
              {t('dashboard.count', { label: t(`applicationStatus.${status}` as AdminKey), count })}
            </a>
          </li>
        ))}
      </ul>
      {summary.waitingLong > 0 && <p>{t('dashboard.applications.waitingLong', { days: summary.waitingDays, count: summary.waitingLong })}</p>}
      {summary.withoutScript > 0 && (
        <p>
          <a href={links.list('volunteer-applications', { status: 'new', sentWithoutScript: 'true' })}>{t('dashboard.applications.withoutScript', { count: summary.withoutScript })}</a>
        </p>
      )}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.applications.newest')}</h4>
      {summary.newest.length === 0 ? (
        <p style={muted}>{t('dashboard.applications.none')}</p>
      ) : (
        <ul style={listStyle}>
          {summary.newest.map((application) => (
            <li key={application.id}>
              <a href={links.document('volunteer-applications', application.id)}>{application.name}</a>
              {' · '}
              {t(`applicationTrack.${application.track}`)}
              {application.roleTitle ? ` · ${application.roleTitle}` : ''}
              <span style={muted}> · {formatDay(application.createdAt, language)}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

function Pledges({ summary, t, links, language }: Context & { summary: PledgesSummary }) {
  const line = (pledge: PledgeLine) => (
    <li key={pledge.id}>
      <a href={links.document('pledges', pledge.id)}>
        {pledge.quantity} × {pledge.needName ?? '?'}
      </a>
      {' · '}
      {pledge.giverName}
      <span style={muted}> · {formatDay(pledge.expectedDate, language)}</span>
    </li>
  )
  return (
    <Section id="pledges" heading={t('dashboard.pledges.heading')}>
      <h4 style={{ margin: 0 }}>{t('dashboard.pledges.overdue')}</h4>
      {summary.overdue.length === 0 ? <p style={muted}>{t('dashboard.pledges.noneOverdue')}</p> : <ul style={listStyle}>{summary.overdue.map(line)}</ul>}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.pledges.due', { days: summary.dueDays })}</h4>
      {summary.due.length === 0 ? <p style={muted}>{t('dashboard.pledges.noneDue', { days: summary.dueDays })}</p> : <ul style={listStyle}>{summary.due.map(line)}</ul>}
      <p>
        <a href={links.list('pledges', { status: ['pledged', 'partly-received'] })}>{t('dashboard.pledges.expected', { count: summary.expected })}</a>
      </p>
      {summary.needsWithoutQuantity > 0 && (
        <p>
          <a href={`${links.list('needs', { status: 'open' })}&${encodeURI('where[quantityNeeded][exists]=false')}`}>{t('dashboard.pledges.needsWithoutQuantity', { count: summary.needsWithoutQuantity })}</a>
        </p>
      )}
    </Section>
  )
}

function Content({ summary, t, links, language, names }: Context & { summary: ContentSummary }) {
  const untitled = t('dashboard.content.untitled')
  const { failedEmails } = summary
  return (
    <Section id="content" heading={t('dashboard.content.heading')}>
      <h4 style={{ margin: 0 }}>{t('dashboard.content.drafts')}</h4>
      {summary.drafts.length + summary.globalDrafts.length === 0 ? (
        <p style={muted}>{t('dashboard.content.noDrafts')}</p>
      ) : (
        <ul style={listStyle}>
          {summary.globalDrafts.map((draft) => (
            <li key={draft.global}>
              <a href={links.global(draft.global)}>{names[draft.global] ?? draft.global}</a>
              <span style={muted}> · {formatDay(draft.updatedAt, language)}</span>
            </li>
          ))}
          {summary.drafts.map((draft) => (
            <li key={`${draft.collection}:${draft.id}`}>
              <a href={links.document(draft.collection, draft.id)}>{draft.title ?? untitled}</a>
              <span style={muted}>
                {' · '}
                {names[draft.collection] ?? draft.collection} · {formatDay(draft.updatedAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.content.translations')}</h4>
      {summary.translationGaps.length === 0 ? (
        <p style={muted}>{t('dashboard.content.noMissing')}</p>
      ) : (
        <ul style={listStyle}>
          {summary.translationGaps.map((gap) => (
            <li key={`${gap.collection}:${gap.id}`}>
              <a href={links.document(gap.collection, gap.id)}>{gap.title ?? untitled}</a>
              {' · '}
              {t('dashboard.content.missingIn', {
                languages: locales
                  .filter((locale) => gap.missing[locale])
                  .map((locale) => `${t(`language.${locale}`)} (${gap.missing[locale]!.map((field) => t(`field.${field}`).toLocaleLowerCase(language)).join(', ')})`)
                  .join('; '),
              })}
            </li>
          ))}
        </ul>
      )}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.content.failedBuilds')}</h4>
      {summary.failedBuilds.length === 0 ? (
        <p style={muted}>{summary.lastBuild?.status === 'succeeded' ? t('dashboard.content.buildsOk') : '—'}</p>
      ) : (
        <ul style={listStyle}>
          {summary.failedBuilds.map((build) => (
            <li key={build.id}>
              <a href={links.document('site-builds', build.id)}>{formatMoment(build.startedAt, language)}</a>
              {build.error ? <span style={muted}> · {build.error}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h4 style={{ margin: '0.75rem 0 0' }}>{t('dashboard.content.failedEmails')}</h4>
      {failedEmails.byKind.length === 0 ? (
        <p style={muted}>{t('dashboard.content.noFailedEmails')}</p>
      ) : (
        <>
          <ul style={listStyle}>
            {failedEmails.byKind.map(({ kind, count }) => (
              <li key={kind}>
                {t('dashboard.count', { label: t(`emailKind.${kind}` as AdminKey), count })}
              </li>
            ))}
          </ul>
          <p style={muted}>{t('dashboard.content.failedEmailsHint')}</p>
          {failedEmails.messages && <a href={links.list('email-messages', { status: 'failed' })}>{t('dashboard.seeAll')}</a>}
        </>
      )}
    </Section>
  )
}
