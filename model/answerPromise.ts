/**
 * The VraagBaak's promise: an answer within ANSWER_WITHIN_HOURS of asking (default 24). The site,
 * the mails and the admin all take their words and their clock from here, so they say the same.
 * (The CMS checks the setting at start, cms/env/settings.ts; the site build inherits its env.)
 */
export const DEFAULT_ANSWER_HOURS = 24
const HOUR_MS = 3_600_000
const dutchCounts = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven']

export const answerWithinHours = (env: NodeJS.ProcessEnv = process.env) => {
  const hours = Number(env.ANSWER_WITHIN_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_ANSWER_HOURS
}

/** "binnen een dag", "binnen twee dagen", "binnen 4 uur", "binnen 30 minuten". */
export function answerPromise(hours = answerWithinHours()) {
  if (hours % 24 === 0) {
    const days = hours / 24
    return days === 1 ? 'binnen een dag' : `binnen ${dutchCounts[days] ?? days} dagen`
  }
  if (Number.isInteger(hours)) return `binnen ${hours} uur`
  const minutes = Math.max(1, Math.round(hours * 60))
  return minutes === 1 ? 'binnen een minuut' : `binnen ${minutes} minuten`
}

/** When the promise runs out for a question asked at `askedAt`. */
export const answerDueAt = (askedAt: Date | string, hours = answerWithinHours()) => new Date(new Date(askedAt).getTime() + hours * HOUR_MS)

/** When the expert gets a reminder: three quarters of the way to the deadline (18 hours of 24). */
export const reminderAt = (askedAt: Date | string, hours = answerWithinHours()) => new Date(new Date(askedAt).getTime() + 0.75 * hours * HOUR_MS)
