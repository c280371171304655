import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { dataDir, rootDir } from '../env/paths'

/** Where the preview build links its assets (= build.assetsPrefix in site/preview/astro.config.mjs). */
export const previewAssetsPrefix = '/preview/assets'

/**
 * The folders of the previews of this CMS's data: the content the preview is built from under
 * DATA_DIR (never the repository's content/), the build inside node_modules/.astro (Astro keeps
 * its prerender chunks beside an outDir inside the project, see scripts/lib/site/build.ts), and
 * the assets kept across builds, so a page opened during the next build still has its styles.
 */
export const previewDirs = () => {
  const key = createHash('sha256').update(dataDir()).digest('hex').slice(0, 12)
  const base = path.join(dataDir(), 'preview')
  return {
    content: path.join(base, 'content'),
    assets: path.join(base, 'assets'),
    out: path.join(rootDir, 'node_modules', '.astro', `preview-${key}`),
  }
}

const astroBin = path.join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs')

/** astro build of the preview content with the site's own config (only the asset prefix differs), in a child process: Astro must not run inside Next. */
const runAstroBuild = (dirs: ReturnType<typeof previewDirs>) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--config', 'site/preview/astro.config.mjs', '--silent'], {
      cwd: rootDir,
      env: { ...process.env, SITE_CONTENT_DIR: dirs.content, SITE_OUT_DIR: dirs.out, SITE_CACHE_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').find((l) => /error/i.test(l)) ?? `astro build exit ${code}`))))
  })

let queue: Promise<unknown> = Promise.resolve()
let built = false

/**
 * One preview at a time per CMS process (two builds of one folder would overwrite each other):
 * `prepare` writes the content, the build runs only when the content changed since the last
 * build, and the page is read before the next preview may build.
 */
export function buildPreview<T extends { ok: boolean }>(prepare: (contentDir: string) => Promise<T & { path?: string; changed?: boolean }>) {
  const run = queue.then(async () => {
    const dirs = previewDirs()
    await mkdir(dirs.content, { recursive: true })
    const prepared = await prepare(dirs.content)
    if (!prepared.ok || !prepared.path) return { prepared }
    const rebuild = Boolean(prepared.changed || !built || !existsSync(path.join(dirs.out, 'index.html')))
    if (rebuild) {
      built = false
      await runAstroBuild(dirs)
      built = true
      await cp(path.join(dirs.out, '_astro'), path.join(dirs.assets, '_astro'), { recursive: true, force: false })
    }
    const html = await readFile(path.join(dirs.out, prepared.path, 'index.html'), 'utf8')
    return { prepared, html, built: rebuild }
  })
  queue = run.catch(() => {})
  return run
}

/** A file of the preview's assets (`_astro/…`), or undefined: only what the build made, nothing outside its folder. */
export async function previewAsset(parts: string[]): Promise<Buffer | undefined> {
  if (parts[0] !== '_astro' || parts.length !== 2 || !/^[\w.-]+$/.test(parts[1]) || parts[1].startsWith('.')) return undefined
  return readFile(path.join(previewDirs().assets, '_astro', parts[1])).catch(() => undefined)
}
