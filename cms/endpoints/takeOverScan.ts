import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { hasRole, ownProeftuinId } from '../access/roles'
import { idOf } from '../fields/relation'
import { fieldErrors } from '../../model/formText'
import { ScanAnswersSchema, scanFromQuery } from '../../model/joinRequest'
import { cmsUrl } from './origin'
import { readLimited, reply, TooLarge } from './publicForm'

/** The link of a scan (`…/mvp/zelfscan/?ecommunity=present&…`, or only its query), or its answers. */
const TakeOverSchema = z.strictObject(
  {
    scan: z.union([z.string().trim().min(1, 'Plak de link van je zelfscan.').max(4000, 'Deze link is te lang voor een zelfscan.'), z.record(z.string(), z.unknown())], {
      error: 'Plak de link van je zelfscan.',
    }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Onbekend veld: ${issue.keys.join(', ')}.` : 'Stuur de zelfscan als JSON-object.') },
)

const MAX_BYTES = 16 * 1024

/**
 * `POST /api/zelfscan-overnemen`: a logged-in kwartiermaker copies their self-scan into the
 * scorecard of their OWN proeftuin, as a draft. The write goes through the collection's own rules
 * as that user (overrideAccess: false), so it can never publish and never reach another
 * proeftuin; parts the scan leaves open keep their row, evidence stays. Everyone else gets a 4xx.
 */
export const takeOverScanHandler = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return reply(401, [{ field: 'form', message: 'Log eerst in als kwartiermaker.' }])
  if (!hasRole(req, 'kwartiermaker')) return reply(403, [{ field: 'form', message: 'Alleen een kwartiermaker neemt een zelfscan over, in de eigen proeftuin.' }])
  const own = ownProeftuinId(req)
  if (!own) return reply(403, [{ field: 'form', message: 'Je account hoort (nog) niet bij een proeftuin.' }])
  // The admin posts from the CMS's own origin; a page elsewhere cannot make the browser do it.
  const origin = req.headers.get('origin')
  if (origin && origin !== new URL(req.payload.config.serverURL || cmsUrl()).origin) return reply(403, [{ field: 'origin', message: 'Dit kan alleen vanuit de redactieomgeving.' }])
  if (req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    return reply(415, [{ field: 'form', message: 'Stuur de zelfscan als JSON (Content-Type: application/json).' }])
  }
  let raw: string
  try {
    raw = await readLimited(req, MAX_BYTES)
  } catch (error) {
    if (error instanceof TooLarge) return reply(413, [{ field: 'form', message: 'Het bericht is te groot voor een zelfscan.' }])
    return reply(400, [{ field: 'form', message: 'Het bericht is geen geldige UTF-8-tekst.' }])
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return reply(400, [{ field: 'form', message: 'Het bericht is geen geldige JSON.' }])
  }
  const body = TakeOverSchema.safeParse(json)
  if (!body.success) return reply(400, fieldErrors(body.error))
  const answers = ScanAnswersSchema.safeParse(typeof body.data.scan === 'string' ? scanFromQuery(body.data.scan) : body.data.scan)
  if (!answers.success) return reply(400, fieldErrors(answers.error).map((e) => ({ ...e, field: 'scan' })))
  const slugs = Object.keys(answers.data)
  if (slugs.length === 0) return reply(400, [{ field: 'scan', message: 'Deze link bevat geen antwoorden van de zelfscan. Vul de scan in en kopieer daarna het adres.' }])

  const { docs: parts } = await req.payload.find({ collection: 'mvp-parts', where: { slug: { in: slugs } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: false, req })
  const idBySlug = new Map(parts.map((p) => [(p as { slug: string }).slug, p.id]))
  const unknown = slugs.filter((s) => !idBySlug.has(s))
  if (unknown.length) return reply(400, [{ field: 'scan', message: `De zelfscan noemt een MVP-onderdeel dat niet bestaat: ${unknown.join(', ').slice(0, 200)}.` }])

  const current = await req.payload.findByID({ collection: 'proeftuinen', id: own, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
  const rows = (current.scorecard ?? []).map((row) => ({ part: idOf(row.part)!, status: row.status, evidence: row.evidence }))
  for (const [slug, status] of Object.entries(answers.data)) {
    const part = idBySlug.get(slug)!
    const row = rows.find((r) => r.part === part)
    if (row) row.status = status
    else rows.push({ part, status, evidence: undefined })
  }
  await req.payload.update({
    collection: 'proeftuinen',
    id: own,
    data: { scorecard: rows, _status: 'draft' },
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return Response.json({ proeftuin: own, parts: slugs.length, message: `Je zelfscan staat in het concept van ${current.title}: ${slugs.length} ${slugs.length === 1 ? 'onderdeel' : 'onderdelen'}.` })
}

export const takeOverScanEndpoint: Endpoint = { path: '/zelfscan-overnemen', method: 'post', handler: takeOverScanHandler }
