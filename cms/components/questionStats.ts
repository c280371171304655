/**
 * The numbers of the VraagBaak dashboard, from the questions' timestamps. Pure, so the promise
 * ("an answer within a day") is measured the same way in the admin and in tests.
 */
import { answerDueAt } from '../../model/answerPromise'
import { awaitsAnswer, stepOf } from '../../model/questionSteps'

export const DAY_MS = 24 * 60 * 60 * 1000

export type QuestionTimes = {
  id: number | string
  title: string
  reference?: string | null
  status?: string | null
  _status?: string | null
  askedAt?: string | null
  answeredAt?: string | null
  /** Stored when the question is asked (schemas/answerPromise.ts); else asked + the promise. */
  answerDueAt?: string | null
}

const time = (iso?: string | null) => (iso ? new Date(iso).getTime() : undefined)


export const ageMs = (q: QuestionTimes, now: number) => now - (time(q.askedAt) ?? now)

/** When the promise runs out for a question (undated imports: never). */
export const deadlineOf = (q: QuestionTimes) => time(q.answerDueAt) ?? (q.askedAt ? answerDueAt(q.askedAt).getTime() : undefined)

/** "nog 3 uur" or "2 uur te laat": the time left against the promise, in Dutch. */
export function timeLeft(q: QuestionTimes, now: number) {
  const deadline = deadlineOf(q)
  if (deadline === undefined) return 'geen termijn'
  return deadline >= now ? `nog ${formatDuration(deadline - now)}` : `${formatDuration(now - deadline)} te laat`
}

export const isOverdue = (q: QuestionTimes, now: number) => awaitsAnswer(q) && (deadlineOf(q) ?? Infinity) < now

export const median = (values: number[]) => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function questionStats(questions: QuestionTimes[], now: number) {
  const perStatus: Record<string, number> = { new: 0, accepted: 0, answered: 0, published: 0, rejected: 0 }
  for (const q of questions) perStatus[stepOf(q)] += 1

  const answerTimes = questions
    .filter((q) => time(q.askedAt) !== undefined && time(q.answeredAt) !== undefined)
    .map((q) => time(q.answeredAt)! - time(q.askedAt)!)

  // Of the questions asked in the last 30 days whose day is over (or that are answered already),
  // the share answered within a day. Rejected questions get no answer and do not count.
  const recent = questions.filter((q) => {
    const asked = time(q.askedAt)
    if (asked === undefined || q.status === 'rejected' || now - asked > 30 * DAY_MS) return false
    return time(q.answeredAt) !== undefined || now > deadlineOf(q)!
  })
  const inTime = recent.filter((q) => {
    const answered = time(q.answeredAt)
    return answered !== undefined && answered <= deadlineOf(q)!
  })

  return {
    perStatus,
    medianAnswerMs: median(answerTimes),
    withinDayShare: recent.length ? inTime.length / recent.length : undefined,
    withinDayCounted: recent.length,
    overdue: questions.filter((q) => isOverdue(q, now)).sort((a, b) => ageMs(b, now) - ageMs(a, now)),
  }
}

/** "3 uur", "1 dag en 4 uur", "12 minuten": the age of a question in Dutch. */
export function formatDuration(ms: number) {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  if (days > 0) return hours ? `${plural(days, 'dag', 'dagen')} en ${plural(hours, 'uur', 'uur')}` : plural(days, 'dag', 'dagen')
  if (hours > 0) return plural(hours, 'uur', 'uur')
  return plural(minutes, 'minuut', 'minuten')
}
