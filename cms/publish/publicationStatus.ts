import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dataDir } from '../env/paths'

/** What the admin shows of the last publication to the site (export + build). */
export interface PublicationStatus {
  /** `running` while an export + build is under way. */
  state: 'running' | 'succeeded' | 'failed'
  startedAt: string
  finishedAt?: string
  /** The last time the site was brought up to date. */
  lastSuccessAt?: string
  /** The first line that says what went wrong. */
  error?: string
  /** The content file the error names, when it names one (`tools/vraagbaak.md`). */
  document?: string
  /** Published documents the export left out because their data does not fit the content schema. */
  skipped?: string[]
  /** The last successful rebuilds, oldest first: when a given publish reached the site (the edit view says so). */
  recent?: { startedAt: string; finishedAt: string }[]
}

const file = () => path.join(dataDir(), 'site-publication.json')

export const readPublicationStatus = async (): Promise<PublicationStatus | undefined> =>
  JSON.parse(await readFile(file(), 'utf8').catch(() => 'null')) ?? undefined

/** Written whole or not at all (write, then rename), so a reader never sees half a status. */
export const writePublicationStatus = async (status: PublicationStatus) => {
  await mkdir(dataDir(), { recursive: true })
  const temporary = `${file()}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(status, null, 2)}\n`)
  await rename(temporary, file())
}
