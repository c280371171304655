/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180): comma-separated, CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled inside.
 */
export type CsvValue = string | number | undefined

const field = (v: CsvValue) => {
  const s = v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const toCsv = (header: readonly string[], rows: readonly (readonly CsvValue[])[]) =>
  [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
