import type { Endpoint, PayloadRequest } from 'payload'
import { AskSchema, fieldErrors, type Ask, type FieldError } from '../../model/ask'
import crypto from 'node:crypto'
import { settings as envSettings } from '../env/settings'
import { addressKey } from './addressKey'
import { clientAddress, isAllowedOrigin } from './origin'
import { hitLimit, latestValue, recordHit } from './rateLimit'

/** Knobs of the defences, from the validated settings (cms/env/settings.ts; tests tighten or loosen them). */
export const askSettings = (env: NodeJS.ProcessEnv = process.env) => {
  const s = envSettings(env)
  return {
    /** Seconds between showing the form and sending it below which a person cannot have typed a question. */
    minSeconds: s.ASK_MIN_SECONDS,
    /** A form shown longer ago than this is stale (and its timestamp likely replayed). */
    maxAgeHours: s.ASK_MAX_AGE_HOURS,
    rateLimit: s.ASK_RATE_LIMIT,
    rateWindowMs: s.ASK_RATE_WINDOW_SECONDS * 1000,
    maxBytes: s.ASK_MAX_BYTES,
    duplicateWindowMs: s.ASK_DUPLICATE_WINDOW_SECONDS * 1000,
  }
}

const reply = (status: number, errors: FieldError[], headers: HeadersInit = {}) =>
  Response.json({ errors }, { status, headers })

class TooLarge extends Error {}

/** Reads the body up to `max` bytes and stops there: an oversized body is never buffered whole. */
async function readLimited(req: PayloadRequest, max: number): Promise<string> {
  const declared = Number(req.headers.get('content-length'))
  if (declared > max) throw new TooLarge()
  const stream = (req as unknown as Request).body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      throw new TooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
}

/** The proeftuin, tool or theme the asker picked, as the question's fields. */
async function topicFields(req: PayloadRequest, topic: Ask['topic']) {
  if (!topic) return {}
  if (topic.kind === 'theme') return { theme: topic.slug }
  const collection = topic.kind === 'proeftuin' ? 'proeftuinen' : 'tools'
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { equals: topic.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  if (!docs[0]) return undefined
  return { [collection]: [docs[0].id] }
}

/**
 * `POST /api/questions/ask`: the site's ask form. Checks origin, rate, content type, size, shape
 * (AskSchema), honeypot and timing, in that order, and stores the question as `new`. The text is
 * stored as the asker typed it (trimmed); nothing renders it as HTML.
 */
export const askHandler = async (req: PayloadRequest): Promise<Response> => {
  const settings = askSettings()
  if (!isAllowedOrigin(req.headers.get('origin'))) {
    return reply(403, [{ field: 'origin', message: 'Vragen kunnen alleen via het formulier op de SamenBeter-site worden gesteld.' }])
  }
  const address = addressKey(clientAddress(req.headers))
  const rate = await hitLimit(req.payload, `ask:${address}`, { limit: settings.rateLimit, windowMs: settings.rateWindowMs })
  if (!rate.allowed) {
    return reply(
      429,
      [{ field: 'form', message: `Je hebt veel vragen na elkaar gestuurd. Probeer het over ${Math.ceil(rate.retryAfterSeconds / 60)} minuten opnieuw.` }],
      { 'Retry-After': String(rate.retryAfterSeconds) },
    )
  }
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return reply(415, [{ field: 'form', message: 'Stuur de vraag als JSON (Content-Type: application/json).' }])
  }

  let raw: string
  try {
    raw = await readLimited(req, settings.maxBytes)
  } catch (error) {
    if (error instanceof TooLarge) {
      return reply(413, [{ field: 'form', message: `Het bericht is te groot (hoogstens ${Math.floor(settings.maxBytes / 1024)} kB).` }])
    }
    return reply(400, [{ field: 'form', message: 'Het bericht is geen geldige UTF-8-tekst.' }])
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return reply(400, [{ field: 'form', message: 'Het bericht is geen geldige JSON.' }])
  }

  const parsed = AskSchema.safeParse(json)
  if (!parsed.success) return reply(400, fieldErrors(parsed.error))
  const ask = parsed.data

  const age = Date.now() - ask.shownAt
  if (age < settings.minSeconds * 1000) {
    return reply(400, [{ field: 'shownAt', message: 'Dat ging erg snel. Lees je vraag nog eens na en verstuur hem opnieuw.' }])
  }
  if (age > settings.maxAgeHours * 3_600_000) {
    return reply(400, [{ field: 'shownAt', message: 'Het formulier is verlopen. Laad de pagina opnieuw en verstuur je vraag nog eens.' }])
  }

  // Sent twice (a double click, a reload that resends): the first question's kenmerk, not a copy.
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify([ask.title, ask.context ?? '', ask.email])).digest('hex').slice(0, 32)
  const sentBucket = `ask-sent:${address}:${fingerprint}`
  const earlier = await latestValue(req.payload, sentBucket, settings.duplicateWindowMs)
  // The same question again: the first one's reference, and no second mail.
  if (earlier) return Response.json({ reference: earlier, mailSent: false }, { status: 201 })

  const topic = await topicFields(req, ask.topic)
  if (!topic) return reply(400, [{ field: 'topic', message: 'Dit onderwerp bestaat niet (meer). Kies een ander onderwerp.' }])

  const question = await req.payload.create({
    collection: 'questions',
    data: {
      title: ask.title,
      // The asker's toelichting is private; `context` is the public lead an editor may write.
      askerContext: ask.context,
      askerName: ask.name,
      askerEmail: ask.email,
      status: 'new',
      ...topic,
    },
    overrideAccess: true,
  })

  await recordHit(req.payload, sentBucket, question.reference!)

  // The confirmation is queued with the question (hooks/queueMails.ts) and sent by a job, retried
  // if the mail server is away. The site promises it only when a mail server is configured.
  const mailSent = Boolean(process.env.SMTP_HOST)
  return Response.json({ reference: question.reference, mailSent }, { status: 201 })
}

export const askEndpoint: Endpoint = { path: '/ask', method: 'post', handler: askHandler }
