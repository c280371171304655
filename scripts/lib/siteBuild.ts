import path from 'node:path'
import { rootDir } from '../../cms/env/paths'
import { isStale } from './freshness'
import { run } from './run'

/** The built site: SITE_OUT_DIR or dist/ (a test serves a build of its own). */
export const distDir = path.resolve(rootDir, process.env.SITE_OUT_DIR || 'dist')

/** What the site is built from: when any of it is newer than dist/, the site is out of date. */
const siteInputs = [process.env.SITE_CONTENT_DIR || 'content', 'site', 'model', 'astro.config.mjs', 'package-lock.json'].map((p) => path.resolve(rootDir, p))

/** Builds dist/ (astro build + Pagefind) when it is missing or older than its inputs. */
export async function buildSiteIfStale(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log) {
  if (!isStale(path.join(distDir, 'index.html'), siteInputs)) {
    log('Site: build is up to date.')
    return
  }
  log('Site: building dist/ from content/ (astro build + Pagefind)…')
  await run(path.join(rootDir, 'node_modules', '.bin', 'tsx'), ['scripts/build-site.ts', '--quiet'], { cwd: rootDir, env })
}
