/** Dutch formatting of amounts and dates. */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

export const formatEuro = (n: number) => euro.format(n)

/** "€ 5.000 – € 15.000", "vanaf € 5.000", "tot € 15.000"; undefined when both bounds are unknown. */
export const formatEuroRange = (range: { min?: number; max?: number } | undefined) => {
  const { min, max } = range ?? {}
  if (min === undefined && max === undefined) return undefined
  if (min !== undefined && max !== undefined) return min === max ? formatEuro(min) : `${formatEuro(min)} – ${formatEuro(max)}`
  return min !== undefined ? `vanaf ${formatEuro(min)}` : `tot ${formatEuro(max!)}`
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** "3 maart 2026" for a date or a timestamp of the content (`2026-03-03`, `2026-03-03T09:00:00Z`). */
export const formatDay = (iso: string) => {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso)
  return dayFormat.format(date)
}

/** A date of the content as a full timestamp, for feeds and JSON-LD. */
export const isoTimestamp = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : new Date(iso).toISOString())

/** Plain text of a Markdown/MDX body, for descriptions and structured data. */
export const plainText = (markdown: string | undefined, maxLength = Infinity) => {
  const text = (markdown ?? '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2))}…`
}

/**
 * A list of items as one line of text: sentences ("Een hackathon.") follow each other, phrases
 * ("Gemeenten") are separated by "; " — never "MVP.; In netwerkcellen".
 */
export const joinItems = (items: string[]) => {
  const trimmed = items.map((i) => i.trim()).filter(Boolean)
  return trimmed.every((i) => /[.!?]$/.test(i)) ? trimmed.join(' ') : trimmed.map((i) => i.replace(/\.$/, '')).join('; ')
}

/** A count with its noun in Dutch singular or plural: "1 onderdeel", "3 onderdelen", "0 resultaten". */
export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** One line for a list: the first sentence of a text, shortened at a word when it runs long. */
export const summaryLine = (markdown: string | undefined, maxLength = 160) => {
  const text = plainText(markdown)
  const sentence = text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text
  return plainText(sentence, maxLength)
}
