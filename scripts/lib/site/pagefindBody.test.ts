import { describe, expect, it } from 'vitest'
import { pagefindBody } from './pagefindBody'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="nl"><head>${head}</head><body><nav>Menu</nav>${body}<footer>Voet</footer></body></html>`

describe('pagefindBody', () => {
  it('keeps only the data-pagefind-body element, nested articles and void elements included', () => {
    const article = '<article data-pagefind-body><h1>Titel</h1><img src="/a.png" alt=""><br><article><p>Binnen</p></article><span data-pagefind-filter="soort:Les"></span></article>'
    expect(pagefindBody(page('<title>T</title>', `<main>${article}<aside>Naast</aside></main>`))?.html).toBe(`<!doctype html><html lang="nl"><body>${article}</body></html>`)
  })

  it('is not misled by the element written inside an attribute, as Astro leaves `<` there unescaped', () => {
    const article = '<article data-pagefind-body><h1>Echt</h1><p title="</article><script>x</script>">Tekst</p></article>'
    const head = '<meta name="description" content="<article data-pagefind-body><h1>Nep</h1></article>">'
    expect(pagefindBody(page(head, article))?.html).toBe(`<!doctype html><html lang="nl"><body>${article}</body></html>`)
  })

  it('is not misled by the markup inside a script or a comment', () => {
    const article = '<article data-pagefind-body><h1>Echt</h1></article>'
    expect(pagefindBody(page('<script>const s = "<article data-pagefind-body>"</script><!-- <article data-pagefind-body> -->', article))?.html).toContain('<h1>Echt</h1></article></body>')
  })

  it('keeps every outermost body, in order', () => {
    const html = page('', '<div data-pagefind-body>Een</div><p>Weg</p><section data-pagefind-body>Twee</section>')
    expect(pagefindBody(html)?.html).toBe('<!doctype html><html lang="nl"><body><div data-pagefind-body>Een</div>\n<section data-pagefind-body>Twee</section></body></html>')
  })

  it('gives the filter values set inside the body, decoded and once each', () => {
    const html = page('', '<span data-pagefind-filter="soort:Weg"></span><article data-pagefind-body><span data-pagefind-filter="soort:Les"></span><span data-pagefind-filter="proeftuin:Rotterdam &amp; &quot;Zuid&quot;"></span><span data-pagefind-filter="soort:Les"></span></article>')
    expect(pagefindBody(html)?.filters).toEqual([
      ['soort', 'Les'],
      ['proeftuin', 'Rotterdam & "Zuid"'],
    ])
  })

  it('gives nothing for a page without one', () => {
    expect(pagefindBody(page('', '<main><h1>Niet doorzocht</h1></main>'))).toBeUndefined()
  })
})
