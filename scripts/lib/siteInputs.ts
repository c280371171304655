import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/**
 * Everything the site build reads besides its content, relative to the repository root: the
 * Astro config and pages, the schemas, the build script with its Pagefind options
 * (scripts/lib/site/pagefindOptions.ts) and the locked dependencies. The one list that says when a
 * built site is out of date: `npm start` and the bench rebuild dist/ when a file in it is newer
 * (buildSiteIfStale.ts), the tests build again when a file in it changed (tests/site/built-site.ts).
 */
export const siteSources = ['astro.config.mjs', 'site', 'model', 'scripts/build-site.ts', 'scripts/lib/site', 'scripts/lib/swapDir.ts', 'package-lock.json']

const filesUnder = (path: string): string[] => {
  if (!existsSync(path)) return []
  if (statSync(path).isFile()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap((e) => filesUnder(join(path, e.name)))
    .filter((f) => !f.endsWith('.test.ts'))
}

/** Every file a build of `contentDir` reads, sorted; tests beside the code are not read by it. */
export const siteInputFiles = (root: string, contentDir: string) => [...siteSources.map((p) => join(root, p)), resolve(root, contentDir)].flatMap(filesUnder).sort()

/** A hash of the names and bytes of every input file: equal hashes, equal sites. */
export const siteInputsHash = (root: string, contentDir: string) => {
  const hash = createHash('sha256')
  for (const file of siteInputFiles(root, contentDir)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}
