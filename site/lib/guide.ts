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
