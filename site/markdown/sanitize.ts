import type { Element } from 'hast'
import { defineHastPlugin } from 'satteri'
import { isSafeUrl } from '../../model/safeUrl'

/**
 * The last line of defence on the HTML of content bodies: only the elements and attributes the
 * Markdown of content/ produces survive. Any other element is replaced by its text (the words
 * stay, the markup goes); any other attribute is dropped, and so is a link or image address that is
 * not http(s), mailto, tel or a path on the site (such a link or image becomes its text). Event handlers, styles, scripts, SVG and frames
 * cannot get through, whatever reached the file.
 */
const allowed: Record<string, readonly string[]> = {
  p: [], h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  ul: [], ol: ['start'], li: [], blockquote: [], hr: [], br: [],
  strong: [], em: [], del: [], code: ['className'], pre: ['className'],
  a: ['href', 'title'], img: ['src', 'alt', 'title'],
  table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'],
  sup: [], sub: [], section: [], span: [],
}
const urlAttributes = new Set(['href', 'src'])

export const sanitize = defineHastPlugin({
  name: 'samenbeter-sanitize',
  element: {
    filter: [],
    visit(node: Readonly<Element>, ctx) {
      const keep = allowed[node.tagName]
      const properties = node.properties ?? {}
      const unsafeUrl = [...urlAttributes].some((name) => name in properties && !(typeof properties[name] === 'string' && isSafeUrl(properties[name])))
      if (!keep || unsafeUrl) {
        // The words stay: an element's text, an image's alt text.
        const text = node.tagName === 'img' ? String(properties.alt ?? '') : ctx.textContent(node)
        ctx.replaceNode(node, { type: 'text', value: text })
        return
      }
      for (const name of Object.keys(properties)) if (!keep.includes(name)) ctx.setProperty(node, name, null)
    },
  },
  // Raw HTML (which satteri keeps verbatim) and comments never reach the page as markup.
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value })
  },
  comment(node, ctx) {
    ctx.removeNode(node)
  },
})
