import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { ageMs, DAY_MS, formatDuration, type QuestionTimes } from './questionStats'

const overdueStyle: React.CSSProperties = { background: 'var(--theme-error-100)', color: 'var(--theme-error-900)' }

/**
 * Above the questions list, for editors: the new questions, oldest first, each with its age
 * against the one-day promise; overdue ones in the error colour with "te laat".
 */
export async function QuestionQueue({ payload, user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'questions',
    where: { status: { equals: 'new' } },
    sort: 'askedAt',
    limit: 100,
    depth: 0,
    select: { title: true, reference: true, status: true, askedAt: true },
    overrideAccess: true,
  })
  const now = Date.now()
  return (
    <section className="vraagbaak-queue" aria-labelledby="vraagbaak-queue-kop" style={{ marginBottom: '2rem' }}>
      <h2 id="vraagbaak-queue-kop">Nieuwe vragen ({docs.length})</h2>
      <p>Oudste eerst. Belofte: binnen een dag een antwoord. Accepteer en wijs een expert toe, of wijs af met een reden.</p>
      {docs.length === 0 ? (
        <p>Geen nieuwe vragen.</p>
      ) : (
        <table className="vraagbaak-queue__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Vraag</th>
              <th style={{ textAlign: 'left' }}>Kenmerk</th>
              <th style={{ textAlign: 'left' }}>Wacht</th>
            </tr>
          </thead>
          <tbody>
            {(docs as QuestionTimes[]).map((q) => {
              const age = ageMs(q, now)
              const overdue = age > DAY_MS
              return (
                <tr key={q.id} data-overdue={overdue || undefined} style={overdue ? overdueStyle : undefined}>
                  <td>
                    <a href={`/admin/collections/questions/${q.id}`}>{q.title.length > 120 ? `${q.title.slice(0, 117)}…` : q.title}</a>
                  </td>
                  <td>{q.reference}</td>
                  <td>
                    {formatDuration(age)}
                    {overdue ? <strong> — te laat ({formatDuration(age - DAY_MS)} over de dag)</strong> : ` — nog ${formatDuration(DAY_MS - age)}`}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
