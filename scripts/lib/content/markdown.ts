import { markdownToMdast } from 'satteri'

/** A node of the Markdown tree (mdast) of a body. */
export interface MarkdownNode {
  type: string
  url?: string
  value?: string
  label?: string | null
  position?: { start: { line: number } }
  children?: MarkdownNode[]
}

/**
 * A body parsed by the parser the site renders it with (satteri, CommonMark + GFM, as Astro's
 * Markdown), so the import checks exactly what the build would see. Plain Markdown has no syntax
 * errors: anything it does not recognise is text.
 */
export const parseMarkdown = (body: string) => markdownToMdast(body, { features: { gfm: true } }) as unknown as MarkdownNode
