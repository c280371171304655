/**
 * One list of what the site is built from (issue 13): `npm start` rebuilds dist/ and the tests
 * build anew when any of it changes, also when only an option of Pagefind's changed (the stale
 * check used to miss scripts/lib/site/, so such a change never reached `npm start`'s site).
 * A copy of the repository's inputs in a temporary folder, a built site older or newer than them.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { rootDir } from '../../cms/env/paths'
import { siteIsStale } from './buildSiteIfStale'
import { siteInputFiles, siteInputsHash, siteSources } from './siteInputs'

const work = mkdtempSync(join(tmpdir(), 'site-inputs-'))
const dist = join(work, 'dist')
const contentDir = join(work, 'content')
const past = new Date(Date.now() - 3_600_000)
// Built after the inputs, a minute ago: an edit made now is newer even where the file system's
// clock ticks coarser than the test runs (two writes in one tick get the same mtime).
const built = new Date(Date.now() - 60_000)

beforeEach(() => {
  rmSync(work, { recursive: true, force: true })
  for (const source of siteSources) cpSync(join(rootDir, source), join(work, source), { recursive: true })
  mkdirSync(join(contentDir, 'tools'), { recursive: true })
  writeFileSync(join(contentDir, 'tools', 'vraagbaak.md'), '---\ntitle: VraagBaak\n---\n')
  for (const file of siteInputFiles(work, contentDir)) utimesSync(file, past, past)
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html>')
  utimesSync(join(dist, 'index.html'), built, built)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const fresh = () => !siteIsStale({ root: work, dist, contentDir })

describe('the site is out of date', () => {
  it('not when nothing changed since it was built', () => {
    expect(fresh()).toBe(true)
  })

  it.each([
    ['an option of how Pagefind indexes', 'scripts/lib/site/pagefindOptions.ts'],
    ['an option of how the search page asks Pagefind', 'site/scripts/search-options.ts'],
    ['the build script', 'scripts/lib/site/build.ts'],
    ['a page', 'site/pages/zoeken.astro'],
    ['the model', 'model/collections.ts'],
    ['the content', 'content/tools/vraagbaak.md'],
  ])('after a change to %s, for npm start and for the tests alike', (_, file) => {
    const before = siteInputsHash(work, contentDir)
    appendFileSync(join(work, file), '\n// changed\n')
    expect(fresh()).toBe(false)
    expect(siteInputsHash(work, contentDir)).not.toBe(before)
  })

  it('when it was never built', () => {
    rmSync(dist, { recursive: true })
    expect(fresh()).toBe(false)
  })
})
