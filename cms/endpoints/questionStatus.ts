import type { Endpoint, PayloadRequest } from 'payload'
import { stepOf } from '../../model/questionSteps'
import { askSettings } from './ask'
import { addressKey } from './addressKey'
import { clientAddress, isAllowedOrigin } from './origin'
import { hitLimit } from './rateLimit'

/**
 * `GET /api/questions/status?kenmerk=VB-7K3Q-9XMA`: "Waar is mijn vraag?" on the site. It answers
 * the status of the question with that kenmerk in Dutch and nothing else about it: no title, no
 * asker, no answer, no page. A kenmerk is 8 characters from 31 (about 8·10^11 possibilities), and
 * this endpoint allows a few lookups per address per window, so it cannot be used to find other
 * people's questions; an unknown kenmerk and one that merely looks like a kenmerk get the same
 * answer, so the reply says nothing about which kenmerken could exist.
 */

/** What a kenmerk looks like to a person: VB, then two groups of four letters or digits. */
const KENMERK = /^VB-?([A-Z0-9]{4})-?([A-Z0-9]{4})$/
/** Longer than any kenmerk typed with spaces around it: not worth reading. */
const MAX_LENGTH = 40
/** Lookups are cheap and an asker may retry a few times; three times the ask limit per window. */
const LOOKUPS_PER_ASK = 3

const messages = {
  new: 'Ontvangen. De redactie bekijkt de nieuwe vragen elke dag en zoekt iemand met kennis van zaken.',
  accepted: 'In behandeling. Iemand met kennis van zaken werkt aan het antwoord.',
  answered: 'Beantwoord. De redactie leest het antwoord na voordat het in de VraagBaak op de site komt.',
  published: 'Gepubliceerd. Het antwoord staat in de VraagBaak op de site.',
  rejected: 'Niet geplaatst. De redactie beantwoordt deze vraag niet in de VraagBaak.',
  unknown: 'Geen vraag gevonden met dit kenmerk. Kijk het kenmerk na: je vindt het in de bevestiging die je kreeg toen je de vraag stuurde.',
} as const
export type QuestionStatusAnswer = { reference: string; status: keyof typeof messages; message: string }

const headers = { 'Cache-Control': 'no-store' }
const refuse = (status: number, field: string, message: string, extra: HeadersInit = {}) =>
  Response.json({ errors: [{ field, message }] }, { status, headers: { ...headers, ...extra } })
const answer = (reference: string, status: keyof typeof messages) =>
  Response.json({ reference, status, message: messages[status] } satisfies QuestionStatusAnswer, { status: status === 'unknown' ? 404 : 200, headers })

/** The kenmerk as stored (VB-7K3Q-9XMA) from what a person typed, or a Dutch reason why it is none. */
export const parseKenmerk = (raw: string[]): { reference: string } | { error: string } => {
  if (raw.length > 1) return { error: 'Vraag één kenmerk tegelijk op.' }
  const typed = raw[0] ?? ''
  if (typed.length > MAX_LENGTH) return { error: 'Dit is te lang voor een kenmerk. Een kenmerk ziet eruit als VB-7K3Q-9XMA.' }
  const text = typed.replace(/\s+/g, '').toUpperCase()
  if (!text) return { error: 'Vul het kenmerk in dat je kreeg toen je je vraag stuurde, bijvoorbeeld VB-7K3Q-9XMA.' }
  const match = KENMERK.exec(text)
  if (!match) return { error: 'Dit is geen kenmerk. Een kenmerk ziet eruit als VB-7K3Q-9XMA: VB, dan twee groepen van vier letters of cijfers.' }
  return { reference: `VB-${match[1]}-${match[2]}` }
}

export const questionStatusHandler = async (req: PayloadRequest): Promise<Response> => {
  if (!isAllowedOrigin(req.headers.get('origin'))) {
    return refuse(403, 'origin', 'De status van een vraag kun je alleen via de SamenBeter-site opvragen.')
  }
  const settings = askSettings()
  const address = addressKey(clientAddress(req.headers))
  const rate = await hitLimit(req.payload, `question-status:${address}`, { limit: settings.rateLimit * LOOKUPS_PER_ASK, windowMs: settings.rateWindowMs })
  if (!rate.allowed) {
    return refuse(429, 'form', `Je hebt de status vaak na elkaar opgevraagd. Probeer het over ${Math.ceil(rate.retryAfterSeconds / 60)} minuten opnieuw.`, {
      'Retry-After': String(rate.retryAfterSeconds),
    })
  }
  const url = new URL(req.url ?? '', 'http://localhost')
  const parsed = parseKenmerk(url.searchParams.getAll('kenmerk'))
  if ('error' in parsed) return refuse(400, 'kenmerk', parsed.error)

  const { docs } = await req.payload.find({
    collection: 'questions',
    where: { reference: { equals: parsed.reference } },
    select: { status: true, _status: true },
    limit: 1,
    depth: 0,
    // Nobody is logged in; what leaves this function is the status alone.
    overrideAccess: true,
  })
  const status = docs[0] && stepOf(docs[0])
  return answer(parsed.reference, status && status in messages ? status : 'unknown')
}

export const questionStatusEndpoint: Endpoint = { path: '/status', method: 'get', handler: questionStatusHandler }
