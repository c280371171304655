import crypto from 'node:crypto'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { queueMail } from '../../mail/queueMail'
import type { ScanAnswers } from '../../../model/joinRequest'

const refuse = (message: string, path = 'status') => new ValidationError({ collection: 'join-requests', errors: [{ path, message }] })

/** The self-scan as scorecard rows: one per answered MVP part that exists, in the parts' order. */
export async function scorecardFromScan(req: PayloadRequest, scan: ScanAnswers | null | undefined) {
  const slugs = Object.keys(scan ?? {})
  if (!scan || slugs.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'mvp-parts',
    where: { slug: { in: slugs } },
    sort: 'order',
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  return docs.map((part) => ({ part: part.id, status: scan[(part as { slug: string }).slug] }))
}

/**
 * The editor's decision on a request. A new request is stamped; then it moves once, from "new" to
 * approved or rejected, never back. Approving makes, in the same transaction, a draft proeftuin
 * (scorecard from the self-scan, never published here) and a kwartiermaker account bound to it
 * with a random password nobody knows: the invitation mail lets the contact choose their own.
 */
export const handleJoinRequest: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const now = new Date().toISOString()
  if (operation === 'create') return { ...data, status: 'new', requestedAt: data.requestedAt ?? now }
  // Set once, by approving: never typed.
  data.proeftuin = originalDoc?.proeftuin ?? null
  data.account = originalDoc?.account ?? null
  data.requestedAt = originalDoc?.requestedAt
  const from = originalDoc?.status
  const to = data.status ?? from
  if (to === from) return data
  if (from !== 'new') throw refuse('Deze aanmelding is al afgehandeld; maak eventueel zelf een proeftuin of account aan.')
  data.handledAt = now
  if (to !== 'approved') return data

  const request = { ...originalDoc, ...data }
  const email = String(request.contactEmail ?? '').trim().toLowerCase()
  if (!email) throw refuse('Deze aanmelding heeft geen e-mailadres (meer): er kan geen account voor gemaakt worden.')
  const taken = await req.payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, req })
  if (taken.totalDocs > 0) {
    throw refuse('Er is al een account met dit e-mailadres. Wijs de aanmelding af en koppel dat account zelf aan een nieuwe proeftuin.')
  }
  const proeftuin = await req.payload.create({
    collection: 'proeftuinen',
    data: { title: request.title, city: request.city, neighbourhood: request.neighbourhood, status: 'active', scorecard: await scorecardFromScan(req, request.scan), _status: 'draft' },
    draft: true,
    overrideAccess: true,
    // A draft changes nothing on the site.
    context: { skipRebuild: true },
    req,
  })
  const account = await req.payload.create({
    collection: 'users',
    data: { name: request.contactName || request.title, email, role: 'kwartiermaker', proeftuin: proeftuin.id, password: crypto.randomBytes(32).toString('base64url') },
    overrideAccess: true,
    req,
  })
  data.proeftuin = proeftuin.id
  data.account = account.id
  return data
}

/** The editors hear of a new request; an approved one's contact gets the invitation (sent by the mail queue). */
export const queueJoinRequestMails: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.importing || context.skipMail) return doc
  if (operation === 'create') await queueMail(req, { kind: 'new-join-request', key: `new-join-request:${doc.id}`, joinRequest: doc.id })
  if (operation === 'update' && previousDoc?.status !== 'approved' && doc.status === 'approved') {
    await queueMail(req, { kind: 'invitation', key: `invitation:${doc.id}`, joinRequest: doc.id })
  }
  return doc
}
