import { z } from 'zod'
import { email, EMAIL_MAX, formObjectError, HONEYPOT_FIELD, honeypot, optionalText, requiredText, shownAt } from './formText'
import { SlugSchema } from './common'
import { label, mvpStatuses, valuesOf } from './vocabulary'

/**
 * "Meld je proeftuin aan": what the site's join form posts to `POST /api/join-requests/apply`,
 * checked by the CMS with this same schema (the ask form's defences, model/formText.ts).
 */
/** Where a request to join stands (collections/JoinRequests). */
export const joinRequestStatuses = label({ new: 'Nieuw', approved: 'Goedgekeurd', rejected: 'Afgewezen' })

export const JOIN_LIMITS = { titleMax: 120, cityMax: 80, neighbourhoodMax: 120, nameMax: 120, emailMax: EMAIL_MAX, motivationMax: 4000, scanParts: 50 } as const

/**
 * The self-scan's answers as the site's scan has them in its URL (?ecommunity=present&…): MVP part
 * (by slug) → status. Parts left open are simply absent from it.
 */
export const ScanAnswersSchema = z
  .unknown()
  // zod drops an own "__proto__" key without a word; a scan that carries one is a probe, not a scan.
  .refine((v) => !(v && typeof v === 'object' && Object.hasOwn(v, '__proto__')), 'De zelfscan noemt een MVP-onderdeel dat niet bestaat: __proto__.')
  .pipe(
    z.record(SlugSchema, z.enum(valuesOf(mvpStatuses), { error: 'Kies per MVP-onderdeel afwezig, in ontwikkeling of aanwezig.' }), {
      error: 'De zelfscan hoort een lijst van MVP-onderdelen met hun stand te zijn.',
    }),
  )
  .refine((scan) => Object.keys(scan).length <= JOIN_LIMITS.scanParts, `De zelfscan heeft hoogstens ${JOIN_LIMITS.scanParts} onderdelen.`)
export type ScanAnswers = z.output<typeof ScanAnswersSchema>

/** The scan from the query string of a self-scan link (`https://…/mvp/zelfscan/?ecommunity=present`, or just `?…`). */
export const scanFromQuery = (link: string): Record<string, string> => {
  // A link without a query holds no answers; a bare query (`ecommunity=present&…`) does.
  const search = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link.includes('=') && !link.includes('/') ? link : ''
  return Object.fromEntries(new URLSearchParams(search.split('#')[0]))
}

export const JoinRequestSchema = z.strictObject(
  {
    title: requiredText('De naam van de proeftuin', JOIN_LIMITS.titleMax, 'Vul de naam van je proeftuin in.'),
    city: requiredText('De stad', JOIN_LIMITS.cityMax, 'Vul de stad of gemeente in.'),
    neighbourhood: requiredText('De wijk', JOIN_LIMITS.neighbourhoodMax, 'Vul de wijk in.'),
    contactName: requiredText('Je naam', JOIN_LIMITS.nameMax, 'Vul je naam in.'),
    contactEmail: email('Je e-mailadres'),
    motivation: optionalText('De toelichting', JOIN_LIMITS.motivationMax),
    scan: z.preprocess((v) => (v === null || (typeof v === 'object' && v && !Array.isArray(v) && Object.keys(v).length === 0) ? undefined : v), ScanAnswersSchema.optional()),
    consent: z.literal(true, { error: 'Geef toestemming voor het gebruik van je gegevens volgens de privacyverklaring.' }),
    shownAt,
    [HONEYPOT_FIELD]: honeypot,
  },
  { error: formObjectError('de aanmelding') },
)

export type JoinRequestInput = z.input<typeof JoinRequestSchema>
export type JoinRequestData = z.output<typeof JoinRequestSchema>
