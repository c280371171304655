import { dateText } from '../../model/common'

/**
 * Astro parses front matter with a YAML 1.1 reader that turns an unquoted `2026-03-01` into a Date;
 * the content loader of scripts/ reads YAML 1.2, where it stays a string, and the schemas in
 * model/ expect the string. Turning Dates back into the ISO text they were written as lets
 * both readers accept the same file.
 */
export const datesAsStrings = (value: unknown): unknown => {
  if (value instanceof Date) return dateText(value)
  if (Array.isArray(value)) return value.map(datesAsStrings)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsStrings(v)]))
  }
  return value
}
