import { Pill } from '@payloadcms/ui'
import type { ServerComponentProps } from 'payload'
import React from 'react'
import { expertSteps, notPublished } from '../../model/questionSteps'
import { questionStatuses } from '../../model/vocabulary'
import { isOverdue, timeLeft, type QuestionTimes } from './questionStats'
import { queueCss } from './queueCss'

/**
 * "Mijn vragen" for an expert, on the dashboard and above their questions list: the questions
 * assigned to them that are still open, oldest first, each with the time left of its day. Read
 * with the expert's own access, so it shows nothing they may not read.
 */
export async function MyQuestions({ payload, user }: ServerComponentProps) {
  if (!user) return null
  const { docs } = await payload.find({
    collection: 'questions',
    where: { and: [{ assignedTo: { equals: user.id } }, { status: { in: [...expertSteps] } }, notPublished] },
    sort: 'askedAt',
    limit: 100,
    depth: 0,
    select: { title: true, reference: true, status: true, askedAt: true },
    user,
    overrideAccess: false,
  })
  const now = Date.now()
  const todo = (docs as QuestionTimes[]).filter((q) => q.status === 'accepted').length
  return (
    <section className="vraagbaak-mine" aria-labelledby="vraagbaak-mine-kop">
      <style>{queueCss}</style>
      <h2 id="vraagbaak-mine-kop">Mijn vragen ({todo} te beantwoorden)</h2>
      {docs.length === 0 ? (
        <p>Er wacht geen vraag op je antwoord.</p>
      ) : (
        <>
          <p>Open een vraag, schrijf je antwoord en klik op ‘Antwoord insturen’. De redactie publiceert het daarna.</p>
          <div className="table">
            <table cellPadding={0} cellSpacing={0}>
              <thead>
                <tr>
                  <th>Vraag</th>
                  <th>Status</th>
                  <th>Termijn</th>
                </tr>
              </thead>
              <tbody>
                {(docs as QuestionTimes[]).map((q) => {
                  const late = q.status === 'accepted' && isOverdue(q, now)
                  return (
                    <tr key={q.id} data-status={q.status} data-overdue={late || undefined}>
                      <td>
                        <a href={`/admin/collections/questions/${q.id}`}>{q.title}</a>
                        <div className="vraagbaak-queue__meta">{q.reference}</div>
                      </td>
                      <td>
                        <Pill pillStyle={q.status === 'accepted' ? 'warning' : 'success'} size="small">
                          {q.status === 'accepted' ? 'Wacht op je antwoord' : questionStatuses.answered}
                        </Pill>
                      </td>
                      <td className={late ? 'vraagbaak-queue__late' : undefined}>
                        {q.status === 'accepted' ? timeLeft(q, now) : 'ingestuurd, de redactie publiceert'}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
