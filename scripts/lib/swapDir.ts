import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'

/**
 * Replaces the folder `target` by `fresh` with two renames, so a reader (the site server, the
 * next build) sees the old folder or the new one, never half of either.
 */
export const swapDir = async (fresh: string, target: string) => {
  const old = `${target}.old`
  await rm(old, { recursive: true, force: true })
  if (existsSync(target)) await rename(target, old)
  await rename(fresh, target)
  await rm(old, { recursive: true, force: true })
}
