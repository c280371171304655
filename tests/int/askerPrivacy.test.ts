/**
 * The ask form promises that only the question and the answer reach the site. The asker's own
 * "Toelichting" often holds personal and health details: it is for the editors and the assigned
 * expert, and never reaches the public API, the content export, the built site or its search index.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir } from '../../cms/env/paths'
import { exportContent } from '../../scripts/lib/content/export'
import { siteBuildArgs } from '../../scripts/lib/site/buildCommand'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

const SECRET = 'Mijn moeder van 84 heeft dementie en woont aan de Zonnebloemstraat 12'
let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
let questionId: number | string

beforeAll(async () => {
  ;({ payload, cleanup, dataDir } = await tempPayload())
  const asked = await rest(payload, 'POST', '/questions/ask', {
    headers: { origin: 'http://localhost:4321' },
    body: {
      title: 'Hoe vind ik hulp in de wijk voor een ouder met dementie?',
      context: SECRET,
      name: 'Vera Vrager',
      email: 'vera@example.org',
      consent: true,
      shownAt: Date.now() - 10_000,
    },
  })
  expect(asked.status, asked.text).toBe(201)
  const { docs } = await payload.find({ collection: 'questions', where: { reference: { equals: asked.json.reference } } })
  questionId = docs[0].id
  // The first account becomes the admin: make it first, so the expert is an expert.
  await payload.create({ collection: 'users', data: { name: 'Eva', email: 'eva@samenbeter.test', password: 'een-lang-wachtwoord-42', role: 'editor' } as never })
  const expert = await payload.create({ collection: 'users', data: { name: 'Erik Expert', email: 'erik@samenbeter.test', password: 'een-lang-wachtwoord-42', role: 'expert' } as never })
  await payload.update({ collection: 'questions', id: questionId, data: { status: 'accepted', assignedTo: expert.id } as never })
  await payload.update({
    collection: 'questions',
    id: questionId,
    data: { _status: 'published', answeredBy: 'Erik Expert', body: paragraph('Het wijkteam helpt; bel de huisarts voor een verwijzing.') } as never,
    context: { skipRebuild: true },
  })
}, 60_000)
afterAll(async () => cleanup?.())

function paragraph(text: string) {
  return {
    root: {
      type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
      children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
    },
  }
}

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))

describe('the asker’s own context', () => {
  it('is kept for the editors and the assigned expert', async () => {
    const [editor] = (await payload.find({ collection: 'users', where: { email: { equals: 'eva@samenbeter.test' } } })).docs
    const forEditor = await payload.findByID({ collection: 'questions', id: questionId, overrideAccess: false, user: { ...editor, collection: 'users' } as never })
    expect(JSON.stringify(forEditor)).toContain(SECRET)
    const [expert] = (await payload.find({ collection: 'users', where: { role: { equals: 'expert' } } })).docs
    const forExpert = await payload.findByID({ collection: 'questions', id: questionId, overrideAccess: false, user: { ...expert, collection: 'users' } as never })
    expect(JSON.stringify(forExpert)).toContain(SECRET)
  })

  it('is not in the public REST API, its versions or its search', async () => {
    for (const url of [`/questions/${questionId}`, '/questions?limit=100', `/questions?where[context][like]=dementie`, `/questions/versions?limit=100`]) {
      const r = await rest(payload, 'GET', url)
      expect(r.text, url).not.toContain('Zonnebloemstraat')
    }
  })

  it('never reaches content/, dist/ or the search index', async () => {
    const contentDir = path.join(dataDir, 'content')
    await exportContent(payload, { dir: contentDir })
    const exported = filesUnder(contentDir)
    expect(exported.some((f) => f.includes(`${path.sep}questions${path.sep}`))).toBe(true)
    for (const file of exported) expect(fs.readFileSync(file, 'utf8'), file).not.toContain('Zonnebloemstraat')

    const outDir = path.join(dataDir, 'dist')
    await promisify(execFile)(process.execPath, siteBuildArgs('--quiet', '--content', contentDir, '--out', outDir, '--cache', path.join(dataDir, 'astro-cache')), {
      cwd: rootDir,
      maxBuffer: 64 * 1024 * 1024,
    })
    const built = filesUnder(outDir)
    expect(built.some((f) => f.includes(`${path.sep}pagefind${path.sep}`))).toBe(true)
    const page = built.find((f) => f.includes(`${path.sep}vraagbaak${path.sep}`) && f.endsWith('.html') && fs.readFileSync(f, 'utf8').includes('ouder met dementie'))
    expect(page, 'the published question has a page').toBeTruthy()
    // The Pagefind fragments are gzip-compressed: read them as the index would.
    const zlib = await import('node:zlib')
    for (const file of built) {
      let text = fs.readFileSync(file)
      if (file.endsWith('.pf_fragment') || file.endsWith('.pf_index') || file.endsWith('.pf_meta')) {
        try {
          text = zlib.gunzipSync(text)
        } catch {}
      }
      expect(text.includes('Zonnebloemstraat'), file).toBe(false)
    }
  }, 240_000)
})
