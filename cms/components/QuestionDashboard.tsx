import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { answerPromise } from '../../model/answerPromise'
import { questionStatuses } from '../../model/vocabulary'
import { MyQuestions } from './MyQuestions'
import { ageMs, formatDuration, questionStats, type QuestionTimes } from './questionStats'
import { queueCss } from './queueCss'

/**
 * On the admin dashboard, for editors (experts get "Mijn vragen"): questions per status, the median time from asked to
 * answered, the share answered within a day over the last 30 days, and the overdue list.
 */
/** The questions list filtered to one step: published by `_status`, the others by their moderation status while unpublished. */
const stepListQuery = (step: string) =>
  step === 'published' ? 'where[_status][equals]=published' : `where[and][0][status][equals]=${step}&where[and][1][_status][not_equals]=published`

export async function QuestionDashboard(props: ServerComponentProps) {
  const { payload, user } = props
  // An expert's dashboard starts with the questions waiting for their answer.
  if (hasRole({ user } as never, 'expert')) return <MyQuestions {...props} />
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'questions',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { title: true, reference: true, status: true, _status: true, askedAt: true, answerDueAt: true, answeredAt: true },
    overrideAccess: true,
  })
  const now = Date.now()
  const stats = questionStats(docs as QuestionTimes[], now)
  // Who was told when a question ran past its deadline, and mails the mail server kept refusing.
  const [escalations, failedMails] = await Promise.all([
    payload.find({ collection: 'mails', where: { and: [{ kind: { equals: 'escalation' } }, { status: { equals: 'sent' } }] }, sort: '-sentAt', limit: 10, depth: 1, populate: { questions: { reference: true } }, overrideAccess: true }),
    payload.count({ collection: 'mails', where: { status: { equals: 'failed' } }, overrideAccess: true }),
  ])
  const promise = answerPromise()
  return (
    <section className="vraagbaak-dashboard" aria-labelledby="vraagbaak-dashboard-kop">
      <style>{queueCss}</style>
      <h2 id="vraagbaak-dashboard-kop">VraagBaak</h2>
      <div className="vraagbaak-cards">
        {Object.entries(questionStatuses).map(([status, label]) => (
          <a key={status} href={`/admin/collections/questions?${stepListQuery(status)}`}>
            <strong data-status={status}>{stats.perStatus[status] ?? 0}</strong>
            {label}
          </a>
        ))}
        <div className={stats.overdue.length ? 'is-late' : undefined}>
          <strong data-stat="overdue">{stats.overdue.length}</strong>
          te laat
        </div>
      </div>
      <p>
        Mediane tijd van vraag tot antwoord:{' '}
        <span data-stat="median">{stats.medianAnswerMs === undefined ? 'nog geen antwoorden' : formatDuration(stats.medianAnswerMs)}</span>.
        {promise[0].toUpperCase() + promise.slice(1)} beantwoord (laatste 30 dagen):{' '}
        <span data-stat="within-day">
          {stats.withinDayShare === undefined ? 'nog niets te meten' : `${Math.round(stats.withinDayShare * 100)}% van ${stats.withinDayCounted}`}
        </span>
        .
      </p>
      <h3>Te laat ({stats.overdue.length})</h3>
      {stats.overdue.length === 0 ? (
        <p>Geen vragen over de termijn ({promise}).</p>
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
      <h3>Escalaties</h3>
      {escalations.docs.length === 0 ? (
        <p>Geen vraag is over de termijn gegaan zonder dat de redactie het hoorde.</p>
      ) : (
        <ul className="vraagbaak-dashboard__escalations">
          {escalations.docs.map((mail) => {
            const q = typeof mail.question === 'object' ? mail.question : undefined
            return (
              <li key={mail.id} data-escalation={q?.id}>
                {q ? <a href={`/admin/collections/questions/${q.id}`}>{q.reference}</a> : 'een verwijderde vraag'}: termijn verlopen, gemeld op{' '}
                {new Date(mail.sentAt!).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })} aan <span className="vraagbaak-dashboard__told">{mail.to}</span>
              </li>
            )
          })}
        </ul>
      )}
      {failedMails.totalDocs > 0 && (
        <p className="is-late" data-stat="failed-mails" style={{ color: 'var(--theme-error-750)' }}>
          <a href="/admin/collections/mails?where[status][equals]=failed">
            {failedMails.totalDocs} {failedMails.totalDocs === 1 ? 'mail kon' : 'mails konden'} niet verstuurd worden
          </a>{' '}
          (de mailserver weigerde ze, ook na herhaalde pogingen).
        </p>
      )}
      <p>
        <a href="/admin/collections/questions">Naar de wachtrij: alle open vragen met hun actie</a>
      </p>
    </section>
  )
}
