import { spawn } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Resident memory of a process and all its descendants, from /proc (Linux). */
const treeRss = async (root: number) => {
  const parents = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    // Fields after the command (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields.length < 22) continue
    parents.set(Number(name), Number(fields[1]))
    rss.set(Number(name), Number(fields[21]) * 4096)
  }
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!))
  let total = 0
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes
  return total
}

export interface RunMeasure {
  ms: number
  peakRssBytes: number
}

/** Runs a command to its end: wall time and the peak memory of its whole process tree (sampled every 250 ms). */
export const measureRun = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  new Promise<RunMeasure>((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output = (output + d).slice(-5000)))
    child.stderr.on('data', (d) => (output = (output + d).slice(-5000)))
    let peak = 0
    const sample = setInterval(() => void treeRss(child.pid!).then((bytes) => (peak = Math.max(peak, bytes))), 250)
    child.on('exit', (code) => {
      clearInterval(sample)
      if (code === 0) resolve({ ms: performance.now() - started, peakRssBytes: peak })
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`))
    })
  })

/** Bytes of every file under a folder, and how many HTML pages it holds. */
export const folderSize = async (dir: string) => {
  let bytes = 0
  let html = 0
  const htmlBytes: number[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const size = (await stat(join(entry.parentPath, entry.name))).size
    bytes += size
    if (entry.name.endsWith('.html')) (html++, htmlBytes.push(size))
  }
  htmlBytes.sort((a, b) => a - b)
  return { bytes, html, medianHtmlBytes: htmlBytes[Math.floor(htmlBytes.length / 2)] ?? 0 }
}
