import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { settings as envSettings } from '../env/settings'
import type { FieldError } from '../../model/formText'
import { addressKey } from './addressKey'
import { clientAddress, isAllowedOrigin } from './origin'
import { hitLimit, latestValue, recordHit } from './rateLimit'

/**
 * The defences every anonymous form of the site gets (the ask form, the join request), in this
 * order: origin, rate per address, content type, size, UTF-8, JSON. Then the caller checks the
 * shape with its own zod schema, and `checkTiming` the form's timestamp. Every refusal is a 4xx
 * with `{ errors: [{ field, message }] }` in Dutch; nothing is stored before all have passed.
 */

/** Knobs of the defences, from the validated settings (cms/env/settings.ts; tests tighten or loosen them). */
export const formSettings = (env: NodeJS.ProcessEnv = process.env) => {
  const s = envSettings(env)
  return {
    /** Seconds between showing the form and sending it below which a person cannot have typed it. */
    minSeconds: s.ASK_MIN_SECONDS,
    /** A form shown longer ago than this is stale (and its timestamp likely replayed). */
    maxAgeHours: s.ASK_MAX_AGE_HOURS,
    rateLimit: s.ASK_RATE_LIMIT,
    rateWindowMs: s.ASK_RATE_WINDOW_SECONDS * 1000,
    maxBytes: s.ASK_MAX_BYTES,
    duplicateWindowMs: s.ASK_DUPLICATE_WINDOW_SECONDS * 1000,
  }
}

export const reply = (status: number, errors: FieldError[], headers: HeadersInit = {}) => Response.json({ errors }, { status, headers })

/** What a form's refusals say about it: "de vraag", "de aanmelding". */
export type FormWords = {
  /** The rate-limit bucket of this form (per address). */
  bucket: string
  /** The 403 for a post that did not come from the site. */
  wrongOrigin: string
  /** The 429 opening, e.g. "Je hebt veel vragen na elkaar gestuurd." */
  flood: string
  /** The thing sent, e.g. "de vraag". */
  noun: string
}

export class TooLarge extends Error {}

/** Reads the body up to `max` bytes and stops there: an oversized body is never buffered whole. */
export async function readLimited(req: PayloadRequest, max: number): Promise<string> {
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

export type Received = { json: unknown; address: string } | { refused: Response }

/** Origin, rate, type, size and JSON of a form post: the parsed body, or the refusal to answer. */
export async function receiveFormPost(req: PayloadRequest, words: FormWords): Promise<Received> {
  const settings = formSettings()
  if (!isAllowedOrigin(req.headers.get('origin'))) return { refused: reply(403, [{ field: 'origin', message: words.wrongOrigin }]) }
  const address = addressKey(clientAddress(req.headers))
  const rate = await hitLimit(req.payload, `${words.bucket}:${address}`, { limit: settings.rateLimit, windowMs: settings.rateWindowMs })
  if (!rate.allowed) {
    return {
      refused: reply(429, [{ field: 'form', message: `${words.flood} Probeer het over ${Math.ceil(rate.retryAfterSeconds / 60)} minuten opnieuw.` }], {
        'Retry-After': String(rate.retryAfterSeconds),
      }),
    }
  }
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') return { refused: reply(415, [{ field: 'form', message: `Stuur ${words.noun} als JSON (Content-Type: application/json).` }]) }
  let raw: string
  try {
    raw = await readLimited(req, settings.maxBytes)
  } catch (error) {
    if (error instanceof TooLarge) return { refused: reply(413, [{ field: 'form', message: `Het bericht is te groot (hoogstens ${Math.floor(settings.maxBytes / 1024)} kB).` }]) }
    return { refused: reply(400, [{ field: 'form', message: 'Het bericht is geen geldige UTF-8-tekst.' }]) }
  }
  try {
    return { json: JSON.parse(raw), address }
  } catch {
    return { refused: reply(400, [{ field: 'form', message: 'Het bericht is geen geldige JSON.' }]) }
  }
}

/** Too soon after the form was shown (a bot), or from a form too old (a replay): the refusal, else undefined. */
export function checkTiming(shownAt: number, messages: { tooSoon: string; stale: string }): Response | undefined {
  const settings = formSettings()
  const age = Date.now() - shownAt
  if (age < settings.minSeconds * 1000) return reply(400, [{ field: 'shownAt', message: messages.tooSoon }])
  if (age > settings.maxAgeHours * 3_600_000) return reply(400, [{ field: 'shownAt', message: messages.stale }])
  return undefined
}

/**
 * The same message sent twice (a double click, a reload that resends) from one address within
 * ASK_DUPLICATE_WINDOW_SECONDS: `earlier` is what the first send stored (its kenmerk or id), so
 * a form answers as it did the first time instead of storing a copy; `remember` records a send.
 */
export function resendOf(bucket: string, address: string, parts: unknown[]) {
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
  const key = `${bucket}-sent:${address}:${fingerprint}`
  return {
    earlier: (payload: Payload) => latestValue(payload, key, formSettings().duplicateWindowMs),
    remember: (payload: Payload, value: string) => recordHit(payload, key, value),
  }
}
