/**
 * Images in bodies. A file writes an image as a paragraph of its own, `![alt](/media/<file>)`, and
 * keeps the file in `<content>/media/<file>`. In the CMS it is a Lexical upload node pointing to a
 * `media` document with that file name (the alt text lives on the media document). Lexical's
 * markdown transformer knows upload nodes only as the placeholder `![media:<id>]()`, so the image
 * syntax is swapped for that placeholder on the way in, and back on the way out.
 */
export const MEDIA_FOLDER = 'media'
export const MEDIA_URL = '/media/'

const imageLine = /^!\[([^\]]*)\]\(([^)\s]+)\)$/gm
const placeholder = /^!\[media:([^\]]+)\]\(\)$/gm

export interface BodyImage {
  /** 1-based line in the body. */
  line: number
  alt: string
  url: string
  /** The file name under media/, when the url has the /media/<file> form. */
  file?: string
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Every image of a body, standalone or not (the importer refuses the ones it cannot keep). */
export const imagesOf = (markdown: string): BodyImage[] => {
  const found: BodyImage[] = []
  for (const m of markdown.matchAll(/!\[([^\]]*)\]\(([^)\s]*)\)/g)) {
    const url = m[2]
    const file = url.startsWith(MEDIA_URL) && /^[\w.-]+$/.test(url.slice(MEDIA_URL.length)) ? url.slice(MEDIA_URL.length) : undefined
    found.push({ line: lineAt(markdown, m.index), alt: m[1], url, file })
  }
  return found
}

/** How many images stand on a line of their own (the only place the editor can hold one). */
export const standaloneImageCount = (markdown: string) => [...markdown.matchAll(imageLine)].length

/** `![alt](/media/a.png)` → `![media:<id>]()`, with the id the caller gives for the file. */
export const imagesToPlaceholders = (markdown: string, idOf: (file: string, alt: string) => string | number) =>
  markdown.replace(imageLine, (all, alt: string, url: string) =>
    url.startsWith(MEDIA_URL) ? `![media:${idOf(url.slice(MEDIA_URL.length), alt)}]()` : all,
  )

/** `![media:<id>]()` → `![alt](/media/a.png)`, with the file and alt the caller finds for the id. */
export const placeholdersToImages = (markdown: string, mediaOf: (id: string) => { file: string; alt: string } | undefined) =>
  markdown.replace(placeholder, (all, id: string) => {
    const media = mediaOf(id)
    return media ? `![${media.alt}](${MEDIA_URL}${media.file})` : all
  })

/** Upload nodes in a Lexical state. */
export const uploadNodesOf = (state: unknown): { relationTo: string; value: unknown }[] => {
  const found: { relationTo: string; value: unknown }[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; relationTo?: string; value?: unknown; children?: unknown[]; root?: unknown }
    if (n.type === 'upload') found.push({ relationTo: n.relationTo!, value: n.value })
    n.children?.forEach(walk)
    if (n.root) walk(n.root)
  }
  walk(state)
  return found
}
