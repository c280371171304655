import { inSentence, rankSimilar, reason, type LessonOnParts } from '../lib/similar'
import type { MvpCell, MvpStatus } from '../lib/mvp'

/**
 * "Proeftuinen zoals de mijne" on the self-scan: the closest proeftuinen, why, and their lessons on
 * what you miss. The profiles are embedded in the page at build (data-network), so nothing is
 * fetched; everything is written with textContent, so no content becomes markup.
 */

export interface NetworkData {
  parts: { id: string; title: string }[]
  proeftuinen: { id: string; title: string; url: string; lessonsUrl?: string; cells: MvpCell[] }[]
  lessons: (LessonOnParts & { title: string; url: string; kind: string })[]
}

/** How many proeftuinen to show: enough to compare, few enough to read on a phone. */
const SHOWN = 3

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag)
  if (text !== undefined) e.textContent = text
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  return e
}
const link = (href: string, text: string) => el('a', text, { href })

export function showLikeMine(section: HTMLElement, scan: MvpCell[]) {
  const data: NetworkData = JSON.parse(section.dataset.network ?? '{"parts":[],"proeftuinen":[],"lessons":[]}')
  const partIds = data.parts.map((p) => p.id)
  const titleOf = (id: string) => data.parts.find((p) => p.id === id)?.title ?? id
  const answered = scan.filter((c) => c !== 'unknown').length
  const matches = rankSimilar(scan, partIds, data.proeftuinen, data.lessons).filter((m) => m.same.length > 0).slice(0, SHOWN)
  const intro = section.querySelector<HTMLElement>('[data-like-mine-text]')!
  const list = section.querySelector<HTMLOListElement>('[data-like-mine-list]')!
  list.replaceChildren()
  list.hidden = matches.length === 0
  intro.textContent =
    answered === 0
      ? 'Vul de scan in: dan zie je hier de proeftuinen waarvan het MVP het meest op het jouwe lijkt.'
      : matches.length === 0
        ? 'Geen proeftuin heeft op een van je antwoorden dezelfde status. Bekijk de MVP-matrix om ze te vergelijken.'
        : `De ${matches.length === 1 ? 'proeftuin' : `${matches.length} proeftuinen`} waarvan het MVP het meest op het jouwe lijkt, met waarom en hun lessen over wat jij nog mist:`

  for (const m of matches) {
    const p = data.proeftuinen.find((x) => x.id === m.id)!
    const item = el('li', undefined, { 'data-proeftuin': p.id })
    const heading = el('h3')
    heading.append(link(p.url, p.title))
    item.append(heading)
    item.append(el('p', `${m.same.length} van je ${answered} antwoorden hetzelfde.`, { class: 'muted' }))

    const why = el('p', undefined, { 'data-reasons': '' })
    why.append(el('strong', 'Waarom: '), `${m.same.map((s) => reason(s.status as MvpStatus, titleOf(s.part))).join('; ')}.`)
    item.append(why)

    if (m.theyHave.length > 0) {
      const have = el('p')
      have.append(el('strong', 'Heeft al wat jij nog mist: '))
      m.theyHave.forEach((part, i) => {
        if (i > 0) have.append(i === m.theyHave.length - 1 ? ' en ' : ', ')
        have.append(link(`${p.url}#mvp-${part}`, inSentence(titleOf(part))))
      })
      have.append('.')
      item.append(have)
    }

    const missing = partIds.filter((_, i) => scan[i] === 'absent' || scan[i] === 'in-progress')
    if (m.lessons.length > 0) {
      const head = el('p')
      head.append(el('strong', 'Hun lessen over wat jij nog mist:'))
      item.append(head)
      const lessons = el('ul', undefined, { 'data-lessons': '' })
      for (const id of m.lessons) {
        const lesson = data.lessons.find((l) => l.id === id)!
        const li = el('li')
        li.append(link(lesson.url, lesson.title))
        lessons.append(li)
      }
      item.append(lessons)
    } else if (missing.length > 0) {
      const none = el('p', `Nog geen les van ${p.title} over de onderdelen die jij nog mist.`)
      if (p.lessonsUrl) none.append(' ', link(p.lessonsUrl, `Alle lessen van ${p.title}`), '.')
      item.append(none)
    }
    list.append(item)
  }
}
