import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/** The processes a process started, and theirs, parents before children. */
export function descendants(pid: number): number[] {
  // ps exits 1 when there are none.
  let children: number[] = []
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split('\n').map(Number).filter(Boolean)
  } catch {}
  return children.flatMap((child) => [child, ...descendants(child)])
}

/** A process's command line, '' when it is gone. */
export const commandLine = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/** SIGKILL to a process and everything it started (tsx runs a script in a child of its own): a crash, no goodbye. */
export function killHard(pid: number) {
  const below = descendants(pid)
  process.kill(pid, 'SIGKILL')
  for (const child of below) {
    try {
      process.kill(child, 'SIGKILL')
    } catch {}
  }
}
