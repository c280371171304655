import fs from 'node:fs'
import path from 'node:path'

/** The newest modification time of the files below the given paths (0 when there are none). */
export function newestMtime(paths: string[], skip: (p: string) => boolean = () => false): number {
  let newest = 0
  const visit = (p: string) => {
    if (skip(p) || !fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

/** True when `output` is missing or older than any of its inputs. */
export const isStale = (output: string, inputs: string[], skip?: (p: string) => boolean) =>
  !fs.existsSync(output) || fs.statSync(output).mtimeMs < newestMtime(inputs, skip)
