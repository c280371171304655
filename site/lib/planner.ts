import type { timeUnits } from '../../model/vocabulary'

// Dates in the planner are wall-clock dates and times in the reader's own place. They are kept
// as Date objects whose UTC fields hold that wall-clock time ("floating" time, as in iCalendar),
// so no arithmetic here depends on the time zone of the machine that runs it.

export type TimeUnit = keyof typeof timeUnits

export interface PlannedPhase {
  name: string
  offset: number
  duration: number
}

export interface AgendaItem {
  index: number
  name: string
  /** Start (floating time). */
  start: Date
  /** End, exclusive (floating time): for days the day after the last day. */
  end: Date
  allDay: boolean
}

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/** `2026-01-05` → that date at 00:00 floating time; undefined for anything that is not a real date. */
export const parseIsoDate = (text: string | null | undefined): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '')
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined
}

/** `09:30` → minutes after midnight; undefined when not a time of day. */
export const parseTime = (text: string | null | undefined): number | undefined => {
  const m = /^(\d{2}):(\d{2})$/.exec(text ?? '')
  if (!m) return undefined
  const [h, min] = [Number(m[1]), Number(m[2])]
  return h < 24 && min < 60 ? h * 60 + min : undefined
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10)

export interface AgendaOptions {
  /** Minutes after midnight the programme starts (hours), 09:00 unless given. */
  startMinutes?: number
  /**
   * Hours: how long the day is. A programme of more hours (the Kick Off, a "24-uurs bijeenkomst"
   * held in one day) is pressed into it, every phase in proportion; one that fits keeps its hours.
   */
  dayHours?: number
  /** Days: phases fall on working days only (Monday to Friday); offsets count working days. */
  workingDays?: boolean
}

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6
const nextWorkingDay = (d: Date) => {
  let day = d
  while (isWeekend(day)) day = new Date(day.getTime() + DAY)
  return day
}
/** The working day `n` working days after `start` (itself moved off a weekend). */
const addWorkingDays = (start: Date, n: number) => {
  let day = nextWorkingDay(start)
  for (let i = 0; i < n; i++) day = nextWorkingDay(new Date(day.getTime() + DAY))
  return day
}

/**
 * The dated agenda of a programme that starts on `start`. Offsets count from the start in the
 * programme's unit: offset 0 in days is the start date itself; in hours, the start time.
 */
export const agenda = (unit: TimeUnit, phases: readonly PlannedPhase[], start: Date, options: AgendaOptions | number = {}): AgendaItem[] => {
  const { startMinutes = 9 * 60, dayHours, workingDays = false } = typeof options === 'number' ? { startMinutes: options } : options
  if (unit === 'days') {
    return phases.map((phase, index) => {
      const days = Math.max(1, Math.ceil(phase.duration))
      if (!workingDays) {
        const from = new Date(start.getTime() + Math.floor(phase.offset) * DAY)
        return { index, name: phase.name, start: from, end: new Date(from.getTime() + days * DAY), allDay: true }
      }
      const from = addWorkingDays(start, Math.floor(phase.offset))
      const last = addWorkingDays(from, days - 1)
      return { index, name: phase.name, start: from, end: new Date(last.getTime() + DAY), allDay: true }
    })
  }
  const length = programmeLength(phases)
  const scale = dayHours && length > dayHours ? dayHours / length : 1
  const at = (hours: number) => new Date(start.getTime() + startMinutes * 60 * 1000 + Math.round(hours * scale * 60) * 60 * 1000)
  return phases.map((phase, index) => ({ index, name: phase.name, start: at(phase.offset), end: at(phase.offset + phase.duration), allDay: false }))
}

/** The first day after an agenda on which a following programme can start (a working day when asked). */
export const dayAfter = (items: readonly AgendaItem[], workingDays = false) => {
  const last = Math.max(...items.map((i) => (i.allDay ? i.end.getTime() : Date.UTC(i.end.getUTCFullYear(), i.end.getUTCMonth(), i.end.getUTCDate()) + DAY)))
  const day = new Date(last)
  return workingDays ? nextWorkingDay(day) : day
}

/** The last day of an all-day item (its end is exclusive). */
export const lastDay = (item: AgendaItem) => (item.allDay ? new Date(item.end.getTime() - DAY) : item.end)

/** The length of a programme in its unit: where its last phase ends. */
export const programmeLength = (phases: readonly PlannedPhase[]) => Math.max(0, ...phases.map((p) => p.offset + p.duration))

/** "Dag 15 – 44" / "Uur 4 – 10": where a phase sits in the template, before it has dates. */
export const relativeSpan = (unit: TimeUnit, phase: PlannedPhase) => {
  if (unit === 'days') {
    const first = Math.floor(phase.offset) + 1
    const last = Math.floor(phase.offset) + Math.max(1, Math.ceil(phase.duration))
    return first === last ? `Dag ${first}` : `Dag ${first} – ${last}`
  }
  return `Uur ${phase.offset} – ${phase.offset + phase.duration}`
}

/** Dutch duration: "1 dag", "30 dagen", "4 uur". */
export const durationText = (unit: TimeUnit, n: number) => (unit === 'days' ? `${n} ${n === 1 ? 'dag' : 'dagen'}` : `${n} uur`)

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' })

/** "ma 5 januari 2026" */
export const formatDate = (d: Date) => dateFormat.format(d)
/** "ma 5 januari 2026 09:00" */
export const formatDateTime = (d: Date) => `${dateFormat.format(d)} ${timeFormat.format(d)}`

/** The dates of an item as people read them. */
export const formatSpan = (item: AgendaItem) => {
  if (item.allDay) {
    const last = lastDay(item)
    return last.getTime() === item.start.getTime() ? formatDate(item.start) : `${formatDate(item.start)} t/m ${formatDate(last)}`
  }
  const sameDay = isoDate(item.start) === isoDate(item.end)
  return sameDay
    ? `${formatDateTime(item.start)} – ${timeFormat.format(item.end)}`
    : `${formatDateTime(item.start)} – ${formatDateTime(item.end)}`
}
