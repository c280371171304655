import { z } from 'zod'

/**
 * The pieces every public form of the site shares (the ask form, the join request): typed text
 * that stays text, the honeypot, the form's timestamp, and the `{ field, message }` errors the
 * endpoint answers and the form shows. Messages are Dutch: they reach the person as they are.
 */

/** The honeypot: a field people never see (hidden by CSS), which bots fill in. */
export const HONEYPOT_FIELD = 'website'

export const text = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} ontbreekt.` : `${label} moet tekst zijn.`) })

/** Control characters other than tab and newline have no place in typed text. */
const noControlChars = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)

/**
 * Script or markup: the text is stored and shown as text only, but a message that carries tags is
 * a probe or spam, so it is refused with a message that says why.
 */
const noMarkup = (value: string) => !/<\s*\/?\s*[a-z!][^>]*>/i.test(value)

/** A lone UTF-16 surrogate is not text: stored, it would silently become U+FFFD. */
const wellFormed = (value: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)

export const plain = (schema: z.ZodString, label: string) =>
  schema
    .refine(wellFormed, `${label} bevat een ongeldig teken (een losse UTF-16-surrogaat).`)
    .refine(noControlChars, `${label} bevat onzichtbare stuurtekens.`)
    .refine(noMarkup, `${label} mag geen HTML of scripts bevatten.`)

/** Required text of `min`…`max` characters after trimming. */
export const requiredText = (label: string, max: number, empty: string) =>
  plain(text(label).trim().min(1, empty).max(max, `${label} mag hoogstens ${max} tekens lang zijn.`), label)

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    plain(text(label).trim().max(max, `${label} mag hoogstens ${max} tekens lang zijn.`), label).optional(),
  )

export const EMAIL_MAX = 254
export const email = (label: string) =>
  text(label)
    .trim()
    .max(EMAIL_MAX, 'Dit e-mailadres is te lang.')
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in.' }))

/** When the form was shown (ms since the epoch): too fast a submission is a bot. */
export const shownAt = z.number({ error: 'Het formulier mist zijn tijdstempel; laad de pagina opnieuw.' }).int().positive()

export const honeypot = z.string().max(0, 'Dit veld moet leeg blijven.').optional()

/** The object-level message of a form schema: an unknown field by name, anything else not an object. */
export const formObjectError = (what: string) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `Onbekend veld: ${issue.keys!.join(', ')}.` : `Stuur ${what} als JSON-object.`

export type FieldError = { field: string; message: string }

/** zod issues as the `{ field, message }` list the endpoint answers and the form shows. */
export const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(',') : String(issue.path[0] ?? 'form'),
    message: issue.message,
  }))
