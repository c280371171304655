import { defineMdastPlugin } from 'satteri'

/**
 * Raw HTML in a content body is shown as the characters it consists of, never parsed into
 * elements. The import refuses HTML in files and the export escapes it, so this only matters for a
 * file that reached content/ another way; text stays text even then.
 */
export const htmlAsText = defineMdastPlugin({
  name: 'samenbeter-html-as-text',
  html(node, ctx) {
    const text = { type: 'text' as const, value: node.value }
    // A block of HTML becomes a paragraph of text; HTML within a line becomes text in that line.
    ctx.replaceNode(node, ctx.parent(node)?.type === 'root' ? { type: 'paragraph', children: [text] } : text)
  },
})
