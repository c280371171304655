import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

// The site tests share one build per run: the first test file to ask builds into a temporary
// directory named after a hash of everything the build reads (site, schemas, content, lock file);
// the others wait for it (a lock directory) and reuse it. An unchanged tree is not built again;
// to force a build, remove $TMPDIR/samenbeter-site-*.

export const root = resolve(import.meta.dirname, '../..')
/** The public URL the test build is made for; links to it count as internal. */
export const testSiteUrl = 'https://samenbeter.test'
export const contentDir = resolve(root, process.env.SITE_CONTENT_DIR || 'content')

const inputs = ['astro.config.mjs', 'site', 'model', 'scripts/build-site.ts', 'scripts/lib/site', 'scripts/lib/swapDir.ts', 'package-lock.json']

const filesUnder = (path: string): string[] => {
  if (!existsSync(path)) return []
  if (statSync(path).isFile()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap((e) => filesUnder(join(path, e.name)))
    .filter((f) => !f.endsWith('.test.ts'))
}

const treeHash = () => {
  const hash = createHash('sha256')
  const files = [...inputs.map((i) => join(root, i)), contentDir].flatMap(filesUnder).sort()
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** `npm run build` of `content` into `outDir` for the test site URL, in a child process; rejects with its output. */
export const runSiteBuild = (outDir: string, cacheDir: string, content = contentDir, extraArgs: string[] = []) =>
  new Promise<void>((resolvePromise, reject) => {
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
    const args = [tsx, 'scripts/build-site.ts', '--out', outDir, '--cache', cacheDir, '--site', testSiteUrl, '--content', content, '--quiet', ...extraArgs]
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SITE_URL: testSiteUrl } })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`site build failed (${code}):\n${output}`))))
  })

/** Builds of earlier trees, unused for an hour, go; a build in progress (locked) stays. */
const removeOldBuilds = (keep: string) => {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name)
    if (!/^samenbeter-site-[0-9a-f]{16}$/.test(name) || path === keep || existsSync(`${path}.lock`)) continue
    if (Date.now() - statSync(path).mtimeMs > 60 * 60_000) rmSync(path, { recursive: true, force: true })
  }
}

let built: Promise<string> | undefined

/** The dist/ of a build of the current tree; builds it once per change of the tree. */
export const builtSite = () => (built ??= ensureBuilt())

const ensureBuilt = async () => {
  const base = join(tmpdir(), `samenbeter-site-${treeHash()}`)
  const dist = join(base, 'dist')
  const done = join(base, 'complete')
  const lock = `${base}.lock`
  const deadline = Date.now() + 15 * 60_000
  while (!existsSync(done)) {
    try {
      mkdirSync(lock)
    } catch {
      // Someone else builds; a lock older than 10 minutes is left over from a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`timed out waiting for the site build in ${base}`)
      await sleep(500)
      continue
    }
    try {
      if (!existsSync(done)) {
        rmSync(base, { recursive: true, force: true })
        mkdirSync(base, { recursive: true })
        await runSiteBuild(dist, join(base, 'cache'))
        writeFileSync(done, new Date().toISOString())
        removeOldBuilds(base)
      }
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
  return dist
}
