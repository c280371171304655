import { z } from 'zod'
import { slug } from './common'
import { themes, valuesOf } from './vocabulary'
import { email, fieldErrors, formObjectError, HONEYPOT_FIELD, honeypot, optionalText, plain, requiredText, shownAt, text, EMAIL_MAX, type FieldError } from './formText'

export { fieldErrors, HONEYPOT_FIELD, type FieldError }

/**
 * The ask form of the VraagBaak: what the site's form posts to `POST /api/questions/ask`, checked
 * by the CMS with this same schema. Messages are Dutch: the endpoint passes them to the form as they are.
 */
export const ASK_LIMITS = { titleMin: 15, titleMax: 2000, contextMax: 4000, nameMax: 120, emailMax: EMAIL_MAX } as const

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
    name: requiredText('Je naam', ASK_LIMITS.nameMax, 'Vul je naam in.'),
    email: email('Je e-mailadres'),
    consent: z.literal(true, { error: 'Geef toestemming voor het gebruik van je gegevens volgens de privacyverklaring.' }),
    shownAt,
    [HONEYPOT_FIELD]: honeypot,
  },
  { error: formObjectError('de vraag') },
)

export type Ask = z.output<typeof AskSchema>
