import { documentOfPath } from '../../../model/routes'
import type { ContentCollection } from '../../../model/collections'
import type { LexicalState } from './richText'

type LexicalNode = { type?: string; fields?: { url?: string }; children?: LexicalNode[] }

/**
 * A Lexical state without the links to documents that `exists` does not know: each such link
 * becomes its own text. The export writes only published documents, and a published page may link
 * to one an editor took offline; its file then reads as it does on the site, with no link to a
 * page that is not there (and the importer, which refuses such links, takes the folder back).
 */
export const withoutLinksToMissing = (state: LexicalState, exists: (collection: ContentCollection, slug: string) => boolean): LexicalState => {
  const missing = (node: LexicalNode) => {
    const target = node.type === 'link' || node.type === 'autolink' ? documentOfPath(node.fields?.url ?? '') : undefined
    return target !== undefined && !exists(target.collection, target.slug)
  }
  const walk = (node: LexicalNode): LexicalNode =>
    node.children ? { ...node, children: node.children.flatMap((child) => (missing(child) ? (child.children ?? []).map(walk) : [walk(child)])) } : node
  return { ...state, root: walk(state.root as LexicalNode) } as LexicalState
}
