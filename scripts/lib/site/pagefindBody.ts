import { Parser } from 'htmlparser2'

/**
 * The part of a built page that Pagefind indexes: its data-pagefind-body elements (outermost
 * ones, in order), in an otherwise empty document, and the filter values set inside them
 * (name and value, once each); undefined for a page without one, which Pagefind would skip anyway.
 * Pagefind reads the same words, filters and metadata from it, but holds far less of each page
 * while it indexes: at 10,000 documents the whole pages' head, menus and footers kept its
 * indexer ~250 MB above the bare Astro build's peak.
 *
 * An HTML parser finds the element, not a string search: Astro escapes only `&` and `"` in
 * attribute values, so `<article data-pagefind-body>` or `</article>` typed into a field can stand
 * in an attribute (a meta description) before the real one.
 */
export const pagefindBody = (html: string): { html: string; filters: [name: string, value: string][] } | undefined => {
  const bodies: string[] = []
  const filters = new Set<string>()
  let depth = 0
  let body: { depth: number; start: number } | undefined
  const parser = new Parser({
    onopentag(_name, attributes) {
      depth++
      if (!body && 'data-pagefind-body' in attributes) body = { depth, start: parser.startIndex }
      const filter = attributes['data-pagefind-filter']
      if (body && filter?.includes(':')) filters.add(filter)
    },
    onclosetag() {
      if (body && depth === body.depth) {
        bodies.push(html.slice(body.start, parser.endIndex + 1))
        body = undefined
      }
      depth--
    },
  })
  parser.end(html)
  return bodies.length > 0 ? { html: `<!doctype html><html lang="nl"><body>${bodies.join('\n')}</body></html>`, filters: [...filters].map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)]) } : undefined
}
