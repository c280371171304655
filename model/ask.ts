import { z } from 'zod'
import { slug } from './common'
import { themes, valuesOf } from './vocabulary'

/**
 * The ask form of the VraagBaak: what the site's form posts to `POST /api/questions/ask`, checked
 * by the CMS with this same schema. Messages are Dutch: the endpoint passes them to the form as they are.
 */
export const ASK_LIMITS = { titleMin: 15, titleMax: 2000, contextMax: 4000, nameMax: 120, emailMax: 254 } as const

/** The honeypot: a field people never see (hidden by CSS), which bots fill in. */
export const HONEYPOT_FIELD = 'website'

const text = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} ontbreekt.` : `${label} moet tekst zijn.`) })

/** Control characters other than tab and newline have no place in a question. */
const noControlChars = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)

/**
 * Script or markup: the text is stored and shown as text only, but a question that carries tags is
 * a probe or spam, not a question, so it is refused with a message that says why.
 */
const noMarkup = (value: string) => !/<\s*\/?\s*[a-z!][^>]*>/i.test(value)

/** A lone UTF-16 surrogate is not text: stored, it would silently become U+FFFD. */
const wellFormed = (value: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)

const plain = (schema: z.ZodString, label: string) =>
  schema
    .refine(wellFormed, `${label} bevat een ongeldig teken (een losse UTF-16-surrogaat).`)
    .refine(noControlChars, `${label} bevat onzichtbare stuurtekens.`)
    .refine(noMarkup, `${label} mag geen HTML of scripts bevatten.`)

const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    plain(text(label).trim().max(max, `${label} mag hoogstens ${max} tekens lang zijn.`), label).optional(),
  )

/** A topic from the site: a proeftuin or tool (by slug) or a theme (by its value). */
export const AskTopicSchema = z.union(
  [
    z.strictObject({ kind: z.literal('proeftuin'), slug: slug('Kies een onderwerp uit de lijst.') }),
    z.strictObject({ kind: z.literal('tool'), slug: slug('Kies een onderwerp uit de lijst.') }),
    z.strictObject({ kind: z.literal('theme'), slug: z.enum(valuesOf(themes)) }),
  ],
  { error: 'Kies een onderwerp uit de lijst.' },
)

export const AskSchema = z.strictObject(
  {
    title: plain(
      text('De vraag')
        .trim()
        .min(ASK_LIMITS.titleMin, `De vraag moet minstens ${ASK_LIMITS.titleMin} tekens lang zijn.`)
        .max(ASK_LIMITS.titleMax, `De vraag mag hoogstens ${ASK_LIMITS.titleMax} tekens lang zijn.`),
      'De vraag',
    ),
    context: optionalText('De toelichting', ASK_LIMITS.contextMax),
    topic: z.preprocess((v) => (v === '' || v === null ? undefined : v), AskTopicSchema.optional()),
    name: plain(
      text('Je naam').trim().min(1, 'Vul je naam in.').max(ASK_LIMITS.nameMax, `Je naam mag hoogstens ${ASK_LIMITS.nameMax} tekens lang zijn.`),
      'Je naam',
    ),
    email: text('Je e-mailadres')
      .trim()
      .max(ASK_LIMITS.emailMax, 'Dit e-mailadres is te lang.')
      .pipe(z.email({ error: 'Vul een geldig e-mailadres in.' })),
    consent: z.literal(true, { error: 'Geef toestemming voor het gebruik van je gegevens volgens de privacyverklaring.' }),
    /** When the form was shown (ms since the epoch): too fast a submission is a bot. */
    shownAt: z.number({ error: 'Het formulier mist zijn tijdstempel; laad de pagina opnieuw.' }).int().positive(),
    [HONEYPOT_FIELD]: z.string().max(0, 'Dit veld moet leeg blijven.').optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Onbekend veld: ${issue.keys.join(', ')}.` : 'Stuur de vraag als JSON-object.') },
)

export type Ask = z.output<typeof AskSchema>

export type FieldError = { field: string; message: string }

/** zod issues as the `{ field, message }` list the endpoint answers and the form shows. */
export const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(',') : String(issue.path[0] ?? 'form'),
    message: issue.message,
  }))
