import type { APIRoute } from 'astro'
import { lessonKinds } from '../../model/vocabulary'
import { corpus } from '../data/corpus'
import { isoTimestamp, plainText } from '../lib/format'
import { siteName } from '../lib/labels'
import { atomFeed } from '../lib/xml'

/**
 * Atom feed of new questions and lessons. A question dates from its publication, a lesson from its last change.
 * Peer reviews are left out on purpose: the feed promises questions and lessons, and a review is
 * found from the case pages, the MVP matrix and search.
 */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus()
  const abs = (path: string) => new URL(path, site).href
  const questions = c.questions.map((q) => ({
    title: `Vraag: ${q.data.title}`,
    url: abs(c.url('questions', q.id)),
    updated: q.data.publishedAt ? isoTimestamp(q.data.publishedAt) : c.changedAt(q),
    summary: plainText(q.body, 300) || undefined,
    category: 'Vraag',
  }))
  const lessons = c.lessons.map((l) => ({
    title: `${lessonKinds[l.data.kind]}: ${l.data.title}`,
    url: abs(c.url('lessons', l.id)),
    updated: c.changedAt(l),
    summary: l.data.context ?? (plainText(l.body, 300) || undefined),
    category: 'Les',
  }))
  const xml = atomFeed({
    title: `${siteName}: nieuwe vragen en lessen`,
    subtitle: 'Beantwoorde vragen uit de VraagBaak en lessen uit de proeftuinen.',
    siteUrl: abs('/'),
    feedUrl: abs('/feed.xml'),
    author: siteName,
    entries: [...questions, ...lessons],
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
