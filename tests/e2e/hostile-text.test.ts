/**
 * Text stays text on the way from the CMS to the site. Every payload below is typed as plain text
 * (an editor in a tool, an expert in an answer, a kwartiermaker in a lesson draft and in a peer
 * review of another proeftuin that an editor then publishes), exported to content/ and built into the site. For each: the page shows the
 * words as typed, no element or attribute comes from it, nothing runs in Chromium, no file appears
 * on the server, the build succeeds, and export → import gives the same text back.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportContent } from '../../scripts/lib/content/export'
import { importContent } from '../../scripts/lib/content/import'
import { serveDir } from '../../scripts/lib/staticServer'
import { launchChromium } from '../../scripts/lib/browser'
import { runSiteBuild } from '../site/built-site'
import { tempPayload } from '../helpers/tempPayload'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'hostile-text-'))
/** A payload that runs writes a file here. */
const marker = join(work, 'marker')
mkdirSync(marker)
const fsWrite = (name: string) => `globalThis.process.getBuiltinModule('node:fs').writeFileSync('${marker}/${name}','x')`

export const payloads: string[] = [
  // MDX expressions and look-alikes
  `{${fsWrite('expression')}}`,
  `{String(globalThis.process.getBuiltinModule('node:fs').readFileSync('.data/payload-secret','utf8').length)}`,
  'Vul in het formulier {naam} en {e-mail} in.',
  '6*7 = 42 en {6*7}',
  '{/* commentaar */}',
  '{...props}',
  '{}',
  '{{a: 1}}',
  "{console.log('pwned')}",
  '{alert(1)}',
  '}{ en { en }',
  // lines that look like ESM
  "import fs from 'node:fs'",
  `export const x = ${fsWrite('export')}`,
  'export default function X() { return 1 }',
  "import { a } from './b'",
  // template literals
  '`${alert(1)}`',
  '${globalThis.alert(1)}',
  '{`${1}`}',
  // JSX
  '<Foo />',
  '<Fragment set:html="<img src=x onerror=alert(1)>" />',
  '<>fragment</>',
  '<div onClick={() => alert(1)}>x</div>',
  '<Content />',
  // HTML with event handlers, scripts, SVG
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnError=alert(1)>',
  '<script>alert(1)</script>',
  '<ScRiPt>alert(1)</sCrIpT>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  '<style>body{display:none}</style>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<!-- <script>alert(1)</script> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '</p><script>alert(1)</script><p>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  // entity-encoded
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '&#x3C;svg onload=alert(1)&#x3E;',
  '&amp;lt;b&amp;gt;',
  'javascript&colon;alert(1)',
  // links in Markdown syntax, typed as text
  '[klik](javascript:alert(1))',
  '[klik](JAVASCRIPT:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](vbscript:msgbox(1))',
  '[klik](java&#x09;script:alert(1))',
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '<javascript:alert(1)>',
  '[a](<javascript:alert(1)>)',
  '[klik][ref] en [ref]: javascript:alert(1)',
  // block syntax at the start of a paragraph, and escapes
  '# geen kop',
  '> geen citaat',
  '- geen lijst',
  '1. geen lijst',
  '| geen | tabel |',
  'a < b en c > d',
  'a <b> c',
  '\\<script>alert(1)\\</script>',
  '\\{x} en \\\\ en \\*',
]

const paragraph = (text: string) => ({
  type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
  children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})
const bodyOf = (texts: string[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: texts.map(paragraph) } })
/** The texts of a Lexical body, one per paragraph. */
const textsOf = (body: { root: { children: { children?: { text?: string }[] }[] } }) =>
  body.root.children.map((p) => (p.children ?? []).map((c) => c.text ?? '').join(''))

/** An MVP part's title: a filter value on the search page (through pagefind/filter-counts.json and the URL). */
const hostileTitle = `Onderdeel ${payloads.slice(0, 30).join(' ')}`

const password = 'een-lang-wachtwoord-voor-tests'
let payload: Payload
let cleanup: () => Promise<void>
let dist: string
let origin: string
let closeSite: () => Promise<void>
const pages: Record<string, string> = {}

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  const content = join(work, 'content')
  cpSync(join(root, 'content'), content, { recursive: true })
  expect((await importContent(payload, { dir: content })).problems).toEqual([])
  const { docs: [proeftuin, other] } = await payload.find({ collection: 'proeftuinen', limit: 2, sort: 'slug' })
  const user = async (role: string, extra = {}) =>
    ({ ...(await payload.create({ collection: 'users', data: { email: `${role}@samenbeter.test`, password, name: role, role, ...extra } as never })), collection: 'users' }) as never
  const editor = await user('editor')
  const expert = await user('expert')
  const kwartiermaker = await user('kwartiermaker', { proeftuin: proeftuin.id })
  const as = (u: never) => ({ user: u, overrideAccess: false, context: { skipRebuild: true } })

  const tool = await payload.create({
    collection: 'tools',
    data: { title: 'Vijandige tekst', kind: 'machine', summary: payloads.slice(0, 30).join(' '), body: bodyOf(payloads), _status: 'published' } as never,
    ...as(editor),
  })
  const question = await payload.create({ collection: 'questions', data: { title: 'Een vraag met vijandig antwoord?', status: 'new' } as never, ...as(editor) })
  await payload.update({ collection: 'questions', id: question.id, data: { status: 'accepted', assignedTo: (expert as { id: number }).id } as never, ...as(editor) })
  await payload.update({ collection: 'questions', id: question.id, data: { body: bodyOf(payloads), status: 'answered' } as never, ...as(expert) })
  const answered = await payload.update({ collection: 'questions', id: question.id, data: { _status: 'published' } as never, ...as(editor) })
  const lesson = await payload.create({
    collection: 'lessons',
    data: { title: 'Een les met vijandige tekst', kind: 'insight', proeftuin: proeftuin.id, body: bodyOf(payloads) } as never,
    draft: true,
    ...as(kwartiermaker),
  })
  await payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' } as never, ...as(editor) })
  const { docs: [part] } = await payload.find({ collection: 'mvp-parts', limit: 1, sort: 'slug' })
  await payload.update({ collection: 'mvp-parts', id: part.id, data: { title: hostileTitle, _status: 'published' } as never, ...as(editor) })
  const review = await payload.create({
    collection: 'peer-reviews',
    data: {
      about: other.id,
      by: proeftuin.id,
      date: '2026-11-20',
      verdicts: [{ part: part.id, verdict: 'doubt', comment: payloads.slice(0, 30).join(' ') }],
      title: `Review met ${payloads.slice(0, 10).join(' ')}`,
      onWhatWorks: payloads.slice(30, 60).join(' '),
      onWhatDoesNot: payloads.slice(60).join(' '),
      body: bodyOf(payloads),
    } as never,
    draft: true,
    ...as(kwartiermaker),
  })
  // The reviewed proeftuin's kwartiermaker replies, in hostile text too.
  const reviewed = await user('kwartiermaker', { email: 'gereviewd@samenbeter.test', proeftuin: other.id })
  await payload.update({ collection: 'peer-reviews', id: review.id, data: { reply: payloads.join(' '), _status: 'draft' } as never, draft: true, ...as(reviewed) })
  const publishedReview = await payload.update({ collection: 'peer-reviews', id: review.id, data: { _status: 'published' } as never, ...as(editor) })

  const exported = join(work, 'exported')
  cpSync(content, exported, { recursive: true })
  const report = await exportContent(payload, { dir: exported })
  expect(report.problems).toEqual([])
  // A file that reached content/ without the import or the export (written by hand): the build
  // itself must neutralise what the import would refuse.
  writeFileSync(
    join(exported, 'tools', 'met-de-hand.md'),
    `---\ntitle: Met de hand geschreven\nkind: machine\n---\n${payloads.filter((p) => !p.startsWith('#') && !p.startsWith('>')).join('\n\n')}\n\n<div>\n<script>alert(1)</script>\n</div>\n`,
  )
  dist = join(work, 'dist')
  await runSiteBuild(dist, join(work, 'cache'), exported, ['--strict'])
  pages.tool = `/toolbox/${tool.slug}/`
  pages.question = `/vraagbaak/${(answered as { slug: string }).slug}/`
  pages.lesson = `/lessen/${lesson.slug}/`
  pages.review = `/peer-reviews/${(publishedReview as { slug: string }).slug}/`
  pages.handWritten = '/toolbox/met-de-hand/'
  ;({ origin, close: closeSite } = await serveDir(dist))
}, 600_000)

afterAll(async () => {
  await closeSite?.()
  await cleanup?.()
  rmSync(work, { recursive: true, force: true })
})

/** The text and the elements of a page's article (where content is rendered). */
const articleOf = (path: string) => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8')
  const article = DomUtils.findOne((e) => e.name === 'main', parseDocument(html).children)
  if (!article) throw new Error(`${path}: no <main>`)
  return article
}
/** Quotes and dashes as typed: the site's typography may curl them. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\s+/g, ' ').trim()

describe('hostile text typed in the CMS', () => {
  it.each(['tool', 'question', 'lesson', 'review'])('the %s page shows every payload as the words typed', (page) => {
    const text = plain(DomUtils.textContent(articleOf(pages[page])))
    const missing = payloads.filter((p) => !text.includes(plain(p)))
    expect(missing).toEqual([])
  })

  it.each(['tool', 'question', 'lesson', 'review', 'handWritten'])('the %s page has no element or attribute from a payload', (page) => {
    const article = articleOf(pages[page])
    const found: string[] = []
    for (const element of DomUtils.findAll(() => true, [article])) {
      if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'form', 'input', 'video', 'details', 'meta', 'body', 'foo', 'fragment', 'content'].includes(element.name)) found.push(`<${element.name}>`)
      for (const [name, value] of Object.entries(element.attribs)) {
        if (/^on/i.test(name)) found.push(`${element.name}[${name}]`)
        if (/^\s*(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${element.name}[${name}=${value}]`)
        if (name === 'style' || name === 'set:html') found.push(`${element.name}[${name}]`)
      }
      if (element.name === 'img' && !/^\/|^https?:/.test(element.attribs.src ?? '')) found.push(`<img src=${element.attribs.src}>`)
    }
    expect(found).toEqual([])
  })

  it('runs nothing in the browser: no dialog, no console message', async () => {
    const browser = await launchChromium()
    try {
      const events: string[] = []
      const page = await browser.newPage()
      page.on('dialog', (d) => (events.push(`dialog: ${d.message()}`), void d.dismiss()))
      page.on('console', (m) => events.push(`console: ${m.text()}`))
      page.on('pageerror', (e) => events.push(`error: ${e.message}`))
      for (const path of Object.values(pages)) {
        await page.goto(origin + path)
        await page.waitForLoadState('load')
        // Anything with a handler that only fires on interaction: hover and click every element of the article.
        for (const el of await page.locator('main *').all()) await el.hover({ timeout: 200, force: true }).catch(() => {})
        await page.waitForTimeout(300)
      }
      expect(events).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('the search page shows an MVP part title as a filter value in its words, from the panel and from the URL, and runs nothing', async () => {
    const browser = await launchChromium()
    try {
      const events: string[] = []
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      page.on('dialog', (d) => (events.push(`dialog: ${d.message()}`), void d.dismiss()))
      page.on('console', (m) => events.push(`console: ${m.text()}`))
      page.on('pageerror', (e) => events.push(`error: ${e.message}`))
      const panel = page.locator('[data-search-filters]')
      const boxes = panel.locator('input[name="mvp-onderdeel"]')
      /** Elements and attributes in the panel that no filter value may make. */
      const foreign = () =>
        panel.evaluate((p) => [...p.querySelectorAll('*')].flatMap((e) => [
          ...(['DIV', 'FIELDSET', 'LEGEND', 'INPUT', 'LABEL', 'SPAN', 'P'].includes(e.tagName) ? [] : [`<${e.tagName.toLowerCase()}>`]),
          ...e.getAttributeNames().filter((n) => !['class', 'type', 'id', 'name', 'value', 'for'].includes(n)).map((n) => `${e.tagName.toLowerCase()}[${n}]`),
        ]))
      await page.goto(`${origin}/zoeken/`)
      await expect.poll(() => boxes.count(), { timeout: 15_000 }).toBeGreaterThan(0)
      const index = (await boxes.evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).indexOf(hostileTitle)
      expect(index).toBeGreaterThanOrEqual(0)
      const label = plain((await panel.locator(`label[for="${await boxes.nth(index).getAttribute('id')}"]`).textContent()) ?? '')
      expect(label.startsWith(`${plain(hostileTitle)} (`) && /\(\d+\)$/.test(label)).toBe(true)
      expect(await foreign()).toEqual([])
      // Ticked: the value goes into the URL and the results are those with the part.
      await boxes.nth(index).check()
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resulta.*met filters/)
      expect(new URL(page.url()).searchParams.get('mvp-onderdeel')).toBe(hostileTitle)
      // The same URL opened afresh: the box is ticked from the URL.
      await page.goto(page.url())
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resulta.*met filters/)
      await expect.poll(() => panel.locator('input[name="mvp-onderdeel"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).toEqual([hostileTitle])
      expect(await foreign()).toEqual([])
      expect(events).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('writes no file on the server', () => {
    expect(readdirSync(marker)).toEqual([])
  })

  it('the import refuses the hand-written file, naming the HTML in it', async () => {
    const report = await importContent(payload, { dir: join(work, 'exported') })
    expect(report.added).toEqual([])
    expect(report.problems.length).toBeGreaterThan(0)
    expect(report.problems.every((p) => p.includes('tools/met-de-hand.md:'))).toBe(true)
    expect(report.problems[0]).toMatch(/body: HTML <Foo \/> \(bedoel je tekst, zet dan \\ voor de <\)/)
  })

  it('comes back from export → import as the same text', async () => {
    rmSync(join(work, 'exported', 'tools', 'met-de-hand.md'))
    // The file is the only source left: the CMS's own copy goes first.
    await payload.delete({ collection: 'tools', where: { title: { equals: 'Vijandige tekst' } }, context: { skipRebuild: true } })
    const report = await importContent(payload, { dir: join(work, 'exported') })
    expect(report.problems).toEqual([])
    expect(report.added).toEqual(['tools/vijandige-tekst'])
    const { docs } = await payload.find({ collection: 'tools', where: { title: { equals: 'Vijandige tekst' } } })
    expect(textsOf(docs[0].body as never)).toEqual(payloads)
    expect(docs[0].summary).toBe(payloads.slice(0, 30).join(' '))
  })
})
