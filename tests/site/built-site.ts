import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { siteBuildArgs } from '../../scripts/lib/site/buildCommand'
import { siteInputsHash } from '../../scripts/lib/siteInputs'

// The site tests share one build per run: the first test file to ask builds into a temporary
// directory named after a hash of everything the build reads (scripts/lib/siteInputs.ts: the same
// list that tells npm start to rebuild);
// the others wait for it (a lock directory) and reuse it. An unchanged tree is not built again;
// to force a build, remove $TMPDIR/samenbeter-site-*.

export const root = resolve(import.meta.dirname, '../..')
/** The public URL the test build is made for; links to it count as internal. */
export const testSiteUrl = 'https://samenbeter.test'
export const contentDir = resolve(root, process.env.SITE_CONTENT_DIR || 'content')

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** `npm run build` of `content` into `outDir` for the test site URL, in a child process; rejects with its output. */
export const runSiteBuild = (outDir: string, cacheDir: string, content = contentDir, extraArgs: string[] = []) =>
  new Promise<void>((resolvePromise, reject) => {
    const args = siteBuildArgs('--out', outDir, '--cache', cacheDir, '--site', testSiteUrl, '--content', content, '--quiet', ...extraArgs)
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
  const base = join(tmpdir(), `samenbeter-site-${siteInputsHash(root, contentDir)}`)
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
