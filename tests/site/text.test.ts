import { beforeAll, describe, expect, it } from 'vitest'
import { builtSite } from './built-site'
import { decode, htmlPages, readPage } from '../../scripts/lib/html'

// The text of the built pages as screen readers, Pagefind and copy-paste get it: the HTML with its
// tags taken out. Whitespace that the templates (or Astro's compression) leave out between two
// elements is then missing between two words: "in ontwikkeling.Dat is", "StadEindhoven".

let dist: string
let pages: string[]

beforeAll(async () => {
  dist = await builtSite()
  pages = htmlPages(dist)
})

/** The <main> of a page, without scripts, styles, pictures and form choices. */
const mainOf = (path: string) => {
  const html = readPage(dist, path)
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<(script|style|svg|select)\b[\s\S]*?<\/\1>/g, '')
}

/**
 * Elements Pagefind ends a sentence at (pagefind/src/fossick/parser.rs, SENTENCE_SELECTORS), as a
 * browser starts a block at them: text on either side of these never runs together.
 */
const separating = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section'])

/**
 * The text of some HTML as it reads: a separating element starts a new run of text, any other tag
 * is taken out without a trace (textContent).
 */
const textOf = (html: string) => decode(html.replace(/<\/?([a-z0-9]+)\b[^>]*>/g, (tag, name: string) => (separating.has(name) ? ' ' : tag)))

/**
 * Places where one element ends and the next begins with a word on both sides and no whitespace,
 * e.g. `<dt>Stad</dt><dd>Eindhoven</dd>`. A tag inside a word (`<strong>Vraag</strong>Baak`) is
 * not a join: it only closes or only opens.
 */
const joinsIn = (html: string) =>
  [...html.matchAll(/([\p{L}\p{N}.,;:!?)’”])((?:<[^>]+>)+)([\p{L}\p{N}(‘“])/gu)]
    .filter(([, , tags]) => {
      const names = [...tags.matchAll(/<(\/?)([a-z0-9]+)/g)]
      return names.some((n) => n[1]) && names.some((n) => !n[1]) && !names.some((n) => separating.has(n[2]))
    })
    .map((m) => decode(html.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)))

describe('the text of every page', () => {
  it('has whitespace wherever one element ends and the next begins between two words', () => {
    const joins = pages.flatMap((path) => joinsIn(mainOf(path)).map((j) => `${path}: …${j}…`))
    expect(joins).toEqual([])
  })

  it('never starts a sentence right after the period of the last one', () => {
    const glued = pages.flatMap((path) => [...textOf(mainOf(path)).matchAll(/\S*\p{Ll}[.!?]\p{Lu}\S*/gu)].map((m) => `${path}: ${m[0]}`))
    expect(glued).toEqual([])
  })

  it('reads the scorecard summary of a proeftuin as two sentences', () => {
    const text = textOf(mainOf('/proeftuinen/eindhoven-achtse-barrier/'))
    expect(text).toMatch(/onderdelen aanwezig \(\d+%\)(, \d+ in ontwikkeling)?\. Dat is (niet )?meer dan driekwart/)
  })

  it('lists the activities of a programme phase as sentences, not ".;"', () => {
    const text = textOf(mainOf('/programmas/100-dagenlijn/'))
    expect(text).toContain('In netwerkcellen werken aan onderdelen van het MVP. In netwerkcellen werken aan inhoudelijk aanbod.')
    for (const path of pages) expect(textOf(mainOf(path)), path).not.toMatch(/[.!?];/)
  })

  it('names the fields of the open data with spaces around the code', () => {
    expect(textOf(mainOf('/data/'))).toContain('een id (de slug), een url (de pagina op deze site)')
  })

  it('reads the tags of a lesson in a list as separate words', () => {
    const lists = textOf(mainOf('/lessen/'))
    expect(lists).toContain('Inzicht Financiering en businesscase')
    expect(lists).not.toContain('InzichtFinanciering')
  })
})

// Issue 17: wording a visitor stumbled over.
describe('wording', () => {
  it('names a neighbourhood after its city with a comma, not " , "', () => {
    expect(textOf(mainOf('/proeftuinen/'))).toContain('Eindhoven, Achtse Barrier')
    for (const path of pages) expect(textOf(mainOf(path)), path).not.toMatch(/\p{L} ,/u)
  })

  it('leads to the previous and next chapter by title, not "Vorige: 2 Het …"', () => {
    for (const path of pages.filter((p) => p.startsWith('/gids/'))) expect(textOf(mainOf(path)), path).not.toMatch(/(Vorige|Volgende): \d/)
  })

  it('calls the maturity of a tool "Volwassenheid", as the admin does', () => {
    for (const path of pages) expect(textOf(mainOf(path)), path).not.toContain('Rijpheid')
  })

  it('never counts one thing in the plural', () => {
    for (const path of pages) expect(textOf(mainOf(path)), path).not.toMatch(/(?<![\d.,])1 (onderdelen|resultaten|lessen|vragen|tools|proeftuinen|hoofdstukken|dagen|uren|fasen)\b/)
  })
})
