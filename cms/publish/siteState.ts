import type { PublicationStatus } from './publicationStatus'

/**
 * Where a publish stands on the public site:
 * - `live`: a rebuild that started after the publish has finished (`since`: when; absent when the
 *   publish is older than the rebuilds the status remembers, so it went out with an earlier one);
 * - `updating`: no such rebuild yet, and one is waiting or running;
 * - `failed`: the rebuild after the publish failed; the site shows its previous version.
 * A rebuild exports what is published when it starts, so "started after the publish" is what
 * "includes this publish" means.
 */
export type SiteState = { state: 'live'; since?: string } | { state: 'updating' } | { state: 'failed'; at: string; error?: string }

export function siteStateOf(publishedAt: string, status: PublicationStatus | undefined, rebuildPending: boolean): SiteState {
  const published = Date.parse(publishedAt)
  const after = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= published
  const recent = status?.recent ?? (status?.state === 'succeeded' && status.finishedAt ? [{ startedAt: status.startedAt, finishedAt: status.finishedAt }] : [])
  const first = recent.find((r) => after(r.startedAt))
  if (first) return { state: 'live', since: first.finishedAt }
  if (rebuildPending || status?.state === 'running') return { state: 'updating' }
  if (status?.state === 'failed' && after(status.startedAt)) return { state: 'failed', at: status.finishedAt ?? status.startedAt, error: status.error }
  return { state: 'live' }
}
