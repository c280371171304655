import type { Endpoint, PayloadRequest } from 'payload'
import { AskSchema, fieldErrors, type Ask } from '../../model/ask'
import { checkTiming, formSettings, receiveFormPost, reply, resendOf } from './publicForm'

/** The ask form's knobs: those of every public form (endpoints/publicForm.ts). */
export const askSettings = formSettings

const words = {
  bucket: 'ask',
  wrongOrigin: 'Vragen kunnen alleen via het formulier op de SamenBeter-site worden gesteld.',
  flood: 'Je hebt veel vragen na elkaar gestuurd.',
  noun: 'de vraag',
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
 * `POST /api/questions/ask`: the site's ask form. Checks origin, rate, content type, size
 * (publicForm.ts), shape (AskSchema), honeypot and timing, in that order, and stores the question as `new`. The text is
 * stored as the asker typed it (trimmed); nothing renders it as HTML.
 */
export const askHandler = async (req: PayloadRequest): Promise<Response> => {
  const settings = askSettings()
  const received = await receiveFormPost(req, words)
  if ('refused' in received) return received.refused
  const { address } = received

  const parsed = AskSchema.safeParse(received.json)
  if (!parsed.success) return reply(400, fieldErrors(parsed.error))
  const ask = parsed.data

  const late = checkTiming(ask.shownAt, {
    tooSoon: 'Dat ging erg snel. Lees je vraag nog eens na en verstuur hem opnieuw.',
    stale: 'Het formulier is verlopen. Laad de pagina opnieuw en verstuur je vraag nog eens.',
  })
  if (late) return late

  // Sent twice: the first question's kenmerk, not a copy.
  const resend = resendOf('ask', address, [ask.title, ask.context ?? '', ask.email])
  const earlier = await resend.earlier(req.payload)
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

  await resend.remember(req.payload, question.reference!)

  // The confirmation is queued with the question (hooks/queueMails.ts) and sent by a job, retried
  // if the mail server is away. The site promises it only when a mail server is configured.
  const mailSent = Boolean(process.env.SMTP_HOST)
  return Response.json({ reference: question.reference, mailSent }, { status: 201 })
}

export const askEndpoint: Endpoint = { path: '/ask', method: 'post', handler: askHandler }
