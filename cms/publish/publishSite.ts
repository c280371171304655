import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { exportContent } from '../../scripts/lib/content/export'
import { siteBuildShellCommand } from '../../scripts/lib/site/buildCommand'
import { swapDir } from '../../scripts/lib/swapDir'
import { rootDir } from '../env/paths'
import { readPublicationStatus, writePublicationStatus, type PublicationStatus } from './publicationStatus'

export interface PublishOptions {
  /** content/: what the site is built from, and the open export. */
  contentDir: string
  /** dist/: the site being served. */
  outDir: string
  /** The shell command that builds the site from SITE_CONTENT_DIR into SITE_OUT_DIR. */
  buildCommand: string
  log?: { info: (msg: string) => void; error: (msg: string) => void }
}

/** The site build of the project: astro build + Pagefind + link check, in a child process (Astro must not run inside Next). */
export const defaultBuildCommand = () => siteBuildShellCommand('--quiet')

const ansi = /\x1b\[[0-9;]*m/g

/** The first line of the output that says what went wrong, and the content file it names. */
export const describeFailure = (output: string, staging: string): Pick<PublicationStatus, 'error' | 'document'> => {
  const lines = output.replace(ansi, '').split('\n').map((l) => l.trim()).filter(Boolean)
  const error = lines.find((l) => /error|fout|failed|mislukt/i.test(l)) ?? lines.at(-1) ?? 'onbekende fout'
  const named = output.replace(ansi, '').match(new RegExp(`${staging.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[/\\\\]([\\w-]+[/\\\\][\\w-]+\\.md)`))
  return { error: error.slice(0, 500), document: named?.[1] }
}

const runBuild = (command: string, env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, { cwd: rootDir, shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    // Passed on to the CMS's own log as it comes, and the tail kept to say what failed.
    const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      to.write(chunk)
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep(process.stdout))
    child.stderr.on('data', keep(process.stderr))
    child.on('error', (e) => reject(Object.assign(e, { output: e.message })))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(Object.assign(new Error(`site build failed (exit ${code})`), { output }))))
  })

/**
 * Brings the served site up to date with what is published: exports into a staging copy of
 * content/, builds the site from it, and only when the build succeeded puts the staging copy in
 * the place of content/ (the build swaps dist/ itself). A failure at any step leaves content/ and
 * the served site as they were, and the status (shown in the admin) says what failed; the next
 * publish tries again from scratch.
 */
export async function publishSite(payload: Payload, options: PublishOptions): Promise<PublicationStatus> {
  const log = options.log ?? { info: console.log, error: console.error }
  const contentDir = path.resolve(rootDir, options.contentDir)
  const staging = `${contentDir}.staging`
  const { lastSuccessAt, recent = [] } = (await readPublicationStatus()) ?? {}
  const startedAt = new Date().toISOString()
  await writePublicationStatus({ state: 'running', startedAt, lastSuccessAt, recent })
  log.info('site rebuild: export and build')
  let status: PublicationStatus
  try {
    await rm(staging, { recursive: true, force: true })
    if (existsSync(contentDir)) await cp(contentDir, staging, { recursive: true })
    const report = await exportContent(payload, { dir: staging })
    for (const problem of report.problems) log.error(`site rebuild: left out ${problem}`)
    await runBuild(options.buildCommand, { ...process.env, SITE_CONTENT_DIR: staging, SITE_OUT_DIR: path.resolve(rootDir, options.outDir) })
    await swapDir(staging, contentDir)
    const finishedAt = new Date().toISOString()
    status = {
      state: 'succeeded',
      startedAt,
      finishedAt,
      lastSuccessAt: finishedAt,
      ...(report.problems.length ? { skipped: report.problems } : {}),
      recent: [...recent, { startedAt, finishedAt }].slice(-20),
    }
    log.info(`site rebuild: done (${report.written.length} written, ${report.removed.length} removed)`)
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
    const output = (error as { output?: string }).output ?? String((error as Error).message ?? error)
    status = { state: 'failed', startedAt, finishedAt: new Date().toISOString(), lastSuccessAt, ...describeFailure(output, staging), recent }
    log.error(`site rebuild failed: ${status.error}`)
  }
  await writePublicationStatus(status)
  return status
}
