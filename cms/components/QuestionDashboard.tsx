import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { questionStatuses } from '../schemas/vocabulary'
import { ageMs, formatDuration, questionStats, type QuestionTimes } from './questionStats'

const cell: React.CSSProperties = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' }

/**
 * On the admin dashboard, for editors: questions per status, the median time from asked to
 * answered, the share answered within a day over the last 30 days, and the overdue list.
 */
export async function QuestionDashboard({ payload, user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'questions',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { title: true, reference: true, status: true, askedAt: true, answeredAt: true },
    overrideAccess: true,
  })
  const now = Date.now()
  const stats = questionStats(docs as QuestionTimes[], now)
  return (
    <section className="vraagbaak-dashboard" aria-labelledby="vraagbaak-dashboard-kop" style={{ marginBottom: '2rem' }}>
      <h2 id="vraagbaak-dashboard-kop">VraagBaak</h2>
      <table>
        <tbody>
          {Object.entries(questionStatuses).map(([status, label]) => (
            <tr key={status}>
              <th style={cell}>{label}</th>
              <td style={cell} data-status={status}>
                <a href={`/admin/collections/questions?where[status][equals]=${status}`}>{stats.perStatus[status] ?? 0}</a>
              </td>
            </tr>
          ))}
          <tr>
            <th style={cell}>Mediane tijd van vraag tot antwoord</th>
            <td style={cell} data-stat="median">{stats.medianAnswerMs === undefined ? 'nog geen antwoorden' : formatDuration(stats.medianAnswerMs)}</td>
          </tr>
          <tr>
            <th style={cell}>Binnen een dag beantwoord (laatste 30 dagen)</th>
            <td style={cell} data-stat="within-day">
              {stats.withinDayShare === undefined
                ? 'nog niets te meten'
                : `${Math.round(stats.withinDayShare * 100)}% van ${stats.withinDayCounted}`}
            </td>
          </tr>
        </tbody>
      </table>
      <h3>Te laat ({stats.overdue.length})</h3>
      {stats.overdue.length === 0 ? (
        <p>Geen vragen over de termijn van een dag.</p>
      ) : (
        <ul className="vraagbaak-dashboard__overdue">
          {stats.overdue.map((q) => (
            <li key={q.id} style={{ color: 'var(--theme-error-750)' }}>
              <a href={`/admin/collections/questions/${q.id}`}>{q.title.length > 100 ? `${q.title.slice(0, 97)}…` : q.title}</a> ({q.reference},{' '}
              {questionStatuses[q.status as keyof typeof questionStatuses]?.toLowerCase()}, wacht {formatDuration(ageMs(q, now))})
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/admin/collections/questions">Naar de wachtrij</a>
      </p>
    </section>
  )
}
