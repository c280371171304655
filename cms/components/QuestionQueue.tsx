import { Gutter } from '@payloadcms/ui'
import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { questionStatuses, rejectionReasons } from '../../model/vocabulary'
import { MyQuestions } from './MyQuestions'
import { ModerationQueue, type QueueRow } from './ModerationQueue'
import { answerPromise } from '../../model/answerPromise'
import { openWorkWhere, publishedWhere } from '../../model/questionSteps'
import { ageMs, formatDuration, isOverdue, timeLeft, type QuestionTimes } from './questionStats'
import { queueCss } from './queueCss'

type Assigned = { assignedTo?: { name?: string | null; email?: string } | number | null }

/**
 * Above the questions list. For editors the moderation queue: all open work, oldest first, with
 * its age against the one-day promise and the action it waits for. For experts "Mijn vragen".
 */
export async function QuestionQueue(props: ServerComponentProps) {
  const { payload, user } = props
  if (hasRole({ user } as never, 'expert')) {
    return (
      <Gutter>
        <MyQuestions {...props} />
      </Gutter>
    )
  }
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const [open, experts, published] = await Promise.all([
    payload.find({
      collection: 'questions',
      where: openWorkWhere,
      sort: 'askedAt',
      limit: 200,
      depth: 1,
      select: { title: true, reference: true, status: true, askedAt: true, answerDueAt: true, assignedTo: true },
      populate: { users: { name: true, email: true } },
      overrideAccess: true,
    }),
    payload.find({ collection: 'users', where: { role: { equals: 'expert' } }, sort: 'name', limit: 200, depth: 0, select: { name: true, email: true }, overrideAccess: true }),
    payload.find({ collection: 'questions', where: publishedWhere, sort: 'title', limit: 500, depth: 0, select: { title: true }, overrideAccess: true }),
  ])
  const now = Date.now()
  const rows: QueueRow[] = (open.docs as (QuestionTimes & Assigned)[]).map((q) => {
    const expert = q.assignedTo && typeof q.assignedTo === 'object' ? q.assignedTo.name || q.assignedTo.email : undefined
    return {
      id: q.id,
      title: q.title,
      reference: q.reference ?? '',
      status: q.status as QueueRow['status'],
      statusLabel: questionStatuses[q.status as keyof typeof questionStatuses],
      waited: q.askedAt ? `${formatDuration(ageMs(q, now))} geleden gesteld` : 'niet gedateerd',
      left: q.status === 'answered' ? 'beantwoord, wacht op publicatie' : timeLeft(q, now),
      overdue: isOverdue(q, now),
      expert: expert ?? undefined,
    }
  })
  const overdue = rows.filter((r) => r.overdue).length
  const count = (status: string) => rows.filter((r) => r.status === status).length
  return (
    <Gutter className="vraagbaak-queue">
      <style>{queueCss}</style>
      <section aria-labelledby="vraagbaak-queue-kop">
        <h2 id="vraagbaak-queue-kop">Te doen ({rows.length})</h2>
        <p className="vraagbaak-queue__summary">
          {count('new')} nieuw · {count('accepted')} bij een expert · {count('answered')} te publiceren ·{' '}
          <span className={overdue ? 'vraagbaak-queue__late' : undefined}>{overdue} te laat</span>. Oudste eerst; de belofte is een
          antwoord {answerPromise()}.
        </p>
        <ModerationQueue
          rows={rows}
          experts={experts.docs.map((u) => ({ value: u.id, label: (u as { name?: string }).name || (u as { email: string }).email }))}
          reasons={Object.entries(rejectionReasons).map(([value, label]) => ({ value, label }))}
          questions={published.docs.map((q) => ({ value: q.id, label: (q as { title: string }).title.slice(0, 100) }))}
        />
      </section>
    </Gutter>
  )
}
