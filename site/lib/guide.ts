/** The RoughGuide's chapters in reading order: each chapter followed by its sub-chapters. */

export interface ChapterLike {
  id: string
  data: { title: string; order: number; parent?: string }
}

export interface OrderedChapter<C extends ChapterLike> {
  chapter: C
  depth: number
  /** "2.1" */
  number: string
  parent?: C
  children: C[]
}

const byOrder = <C extends ChapterLike>(a: C, b: C) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl')

export const readingOrder = <C extends ChapterLike>(chapters: readonly C[]): OrderedChapter<C>[] => {
  const ids = new Set(chapters.map((c) => c.id))
  // A chapter whose parent does not exist (or is itself) reads as a top-level chapter.
  const parentOf = (c: C) => (c.data.parent && c.data.parent !== c.id && ids.has(c.data.parent) ? c.data.parent : undefined)
  const childrenOf = (id: string | undefined) => chapters.filter((c) => parentOf(c) === id).sort(byOrder)
  const result: OrderedChapter<C>[] = []
  const seen = new Set<string>()
  const visit = (c: C, depth: number, number: string, parent?: C) => {
    if (seen.has(c.id)) return
    seen.add(c.id)
    const children = childrenOf(c.id)
    result.push({ chapter: c, depth, number, parent, children })
    children.forEach((child, i) => visit(child, depth + 1, `${number}.${i + 1}`, c))
  }
  let top = 0
  for (const c of childrenOf(undefined)) visit(c, 0, String(++top))
  // Chapters caught in a parent cycle are never reached from a root: they read as top-level chapters.
  for (const c of [...chapters].sort(byOrder)) if (!seen.has(c.id)) visit(c, 0, String(++top))
  return result
}

/** The chapters before and after one in reading order. */
export const neighbours = <C extends ChapterLike>(ordered: readonly OrderedChapter<C>[], id: string) => {
  const i = ordered.findIndex((o) => o.chapter.id === id)
  return { previous: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 && i < ordered.length - 1 ? ordered[i + 1] : undefined }
}

/** One line of a chapter navigation: a chapter (with its open sub-chapters), or "n more" left out. */
export type NavItem<C extends ChapterLike> = { entry: OrderedChapter<C>; children: NavItem<C>[] } | { hidden: number }

/**
 * The chapter navigation of one page, bounded like Starlight's sidebar must be at scale: every
 * level shows at most `max` chapters (beyond that the first, the last and `around` on each side
 * of the open one, the rest counted as left out), and only the branch that leads to the current
 * chapter is open. So a page carries tens of links, not the whole guide. Without a current
 * chapter (the guide's own index) everything is open.
 */
export function chapterNav<C extends ChapterLike>(ordered: readonly OrderedChapter<C>[], currentId?: string, { max = 25, around = 8 } = {}): NavItem<C>[] {
  const byId = new Map(ordered.map((o) => [o.chapter.id, o]))
  const open = new Set<string>()
  for (let o = currentId ? byId.get(currentId) : undefined; o; o = o.parent ? byId.get(o.parent.id) : undefined) open.add(o.chapter.id)
  const level = (entries: OrderedChapter<C>[]): NavItem<C>[] => {
    const focus = entries.findIndex((e) => open.has(e.chapter.id))
    const keep = (i: number) => entries.length <= max || !currentId || i === 0 || i === entries.length - 1 || Math.abs(i - Math.max(focus, 0)) <= around
    const items: NavItem<C>[] = []
    entries.forEach((entry, i) => {
      if (!keep(i)) {
        const last = items.at(-1)
        if (last && 'hidden' in last) last.hidden++
        else items.push({ hidden: 1 })
        return
      }
      const expanded = !currentId || open.has(entry.chapter.id)
      items.push({ entry, children: expanded ? level(entry.children.map((c) => byId.get(c.id)!)) : [] })
    })
    return items
  }
  return level(ordered.filter((o) => o.depth === 0))
}
