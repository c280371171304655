import type { AgendaItem } from './planner'

// iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets, text values escaped.
// Times are floating (no time zone): the agenda is in the reader's own wall-clock time.
// By hand because it runs in the browser: ical-generator 11 adds 37 kB minified (9 kB gzipped),
// `ics` 3 adds 77 kB, to a planner script of 5 kB.

export interface IcsOptions {
  /** Calendar name shown by calendar apps. */
  name: string
  /** Makes UIDs unique across programmes, e.g. "kick-off". */
  uidPrefix: string
  /** The site's host name, for UIDs. */
  host: string
  /** DTSTAMP: when the file was made. */
  now: Date
  /** A description per item (goal, activities …). */
  describe?: (item: AgendaItem) => string | undefined
  /** A link per item or for the calendar. */
  url?: string
}

export const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds one content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export const foldLine = (line: string) => {
  const encoder = new TextEncoder()
  const pieces: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74
    if (octets + size > limit) {
      pieces.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  pieces.push(current)
  return pieces.join('\r\n ')
}

const pad = (n: number) => String(n).padStart(2, '0')
const dateValue = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`
const floatingDateTime = (d: Date) => `${dateValue(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`
const utcDateTime = (d: Date) => `${floatingDateTime(d)}Z`

export const toIcs = (items: readonly AgendaItem[], options: IcsOptions) => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SamenBeter Toolbox//Programmaplanner//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ]
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uidPrefix}-${item.index + 1}-${floatingDateTime(item.start)}@${options.host}`,
      `DTSTAMP:${utcDateTime(options.now)}`,
      item.allDay ? `DTSTART;VALUE=DATE:${dateValue(item.start)}` : `DTSTART:${floatingDateTime(item.start)}`,
      item.allDay ? `DTEND;VALUE=DATE:${dateValue(item.end)}` : `DTEND:${floatingDateTime(item.end)}`,
      `SUMMARY:${escapeText(`${options.name}: ${item.name}`)}`,
    )
    const description = options.describe?.(item)
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`)
    if (options.url) lines.push(`URL:${options.url}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
