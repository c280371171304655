import type { Endpoint, PayloadRequest } from 'payload'
import { fieldErrors } from '../../model/formText'
import { JoinRequestSchema } from '../../model/joinRequest'
import { checkTiming, receiveFormPost, reply, resendOf } from './publicForm'

const words = {
  bucket: 'join',
  wrongOrigin: 'Aanmelden kan alleen via het formulier op de SamenBeter-site.',
  flood: 'Je hebt veel aanmeldingen na elkaar gestuurd.',
  noun: 'de aanmelding',
}

/** Every MVP part named in the scan exists (published): otherwise which field is wrong. */
async function unknownParts(req: PayloadRequest, slugs: string[]) {
  if (slugs.length === 0) return []
  const { docs } = await req.payload.find({ collection: 'mvp-parts', where: { slug: { in: slugs } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: false, req })
  const known = new Set(docs.map((d) => (d as { slug: string }).slug))
  return slugs.filter((s) => !known.has(s))
}

/**
 * `POST /api/join-requests/apply`: "Meld je proeftuin aan" on the site. The ask form's defences
 * (publicForm.ts: origin, rate, type, size, JSON; then the shape, honeypot and timing), then the
 * request is stored as new for the editors. The answer says only that it arrived: nothing of what
 * is stored, and nothing about existing accounts or proeftuinen.
 */
export const joinHandler = async (req: PayloadRequest): Promise<Response> => {
  const received = await receiveFormPost(req, words)
  if ('refused' in received) return received.refused
  const parsed = JoinRequestSchema.safeParse(received.json)
  if (!parsed.success) return reply(400, fieldErrors(parsed.error))
  const join = parsed.data
  const late = checkTiming(join.shownAt, {
    tooSoon: 'Dat ging erg snel. Lees je aanmelding nog eens na en verstuur hem opnieuw.',
    stale: 'Het formulier is verlopen. Laad de pagina opnieuw en verstuur je aanmelding nog eens.',
  })
  if (late) return late
  const unknown = await unknownParts(req, Object.keys(join.scan ?? {}))
  if (unknown.length > 0) return reply(400, [{ field: 'scan', message: `De zelfscan noemt een MVP-onderdeel dat niet bestaat: ${unknown.join(', ').slice(0, 200)}.` }])

  // Sent twice: one request, not two.
  const resend = resendOf('join', received.address, [join.title, join.city, join.contactEmail])
  if (await resend.earlier(req.payload)) return Response.json({ received: true }, { status: 201 })

  const request = await req.payload.create({
    collection: 'join-requests',
    data: {
      title: join.title,
      city: join.city,
      neighbourhood: join.neighbourhood,
      contactName: join.contactName,
      contactEmail: join.contactEmail,
      motivation: join.motivation,
      scan: join.scan ?? null,
      status: 'new',
    },
    overrideAccess: true,
  })
  await resend.remember(req.payload, String(request.id))
  return Response.json({ received: true }, { status: 201 })
}

export const joinEndpoint: Endpoint = { path: '/apply', method: 'post', handler: joinHandler }
