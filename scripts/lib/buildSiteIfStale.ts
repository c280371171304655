import path from 'node:path'
import { rootDir } from '../../cms/env/paths'
import { isStale } from './freshness'
import { siteBuildArgs } from './site/buildCommand'
import { run } from './run'
import { siteInputFiles } from './siteInputs'

/** The built site: SITE_OUT_DIR or dist/ (a test serves a build of its own). */
export const distDir = path.resolve(rootDir, process.env.SITE_OUT_DIR || 'dist')

/** True when the site in `dist` is missing or older than any file it is built from. */
export const siteIsStale = ({ root = rootDir, dist = distDir, contentDir = process.env.SITE_CONTENT_DIR || 'content' } = {}) =>
  isStale(path.join(dist, 'index.html'), siteInputFiles(root, contentDir))

/** Builds dist/ (astro build + Pagefind) when it is missing or older than its inputs. */
export async function buildSiteIfStale(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log) {
  if (!siteIsStale()) {
    log('Site: build is up to date.')
    return
  }
  log('Site: building dist/ from content/ (astro build + Pagefind)…')
  await run(process.execPath, siteBuildArgs('--quiet'), { cwd: rootDir, env })
}
