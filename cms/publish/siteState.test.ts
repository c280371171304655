import { describe, expect, it } from 'vitest'
import type { PublicationStatus } from './publicationStatus'
import { siteStateOf } from './siteState'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute)).toISOString()
const success = (start: number, end: number) => ({ startedAt: at(start), finishedAt: at(end) })
const status = (s: Partial<PublicationStatus>): PublicationStatus => ({ state: 'succeeded', startedAt: at(0), ...s })

describe('where a publish stands on the site', () => {
  it('is on the site since the end of the first rebuild that started after it', () => {
    const s = status({ startedAt: at(30), finishedAt: at(31), recent: [success(1, 2), success(11, 12), success(30, 31)] })
    expect(siteStateOf(at(10), s, false)).toEqual({ state: 'live', since: at(12) })
  })

  it('is being updated while no rebuild has started after it, one waiting or running', () => {
    expect(siteStateOf(at(10), status({ recent: [success(1, 2)] }), true)).toEqual({ state: 'updating' })
    // A rebuild that started before the publish does not include it, even when it finishes after.
    expect(siteStateOf(at(10), status({ state: 'running', startedAt: at(9), recent: [success(1, 2)] }), true)).toEqual({ state: 'updating' })
  })

  it('says a rebuild after it failed, and when', () => {
    const s = status({ state: 'failed', startedAt: at(11), finishedAt: at(12), error: 'kapot', recent: [success(1, 2)] })
    expect(siteStateOf(at(10), s, false)).toEqual({ state: 'failed', at: at(12), error: 'kapot' })
  })

  it('is on the site, without a time, when nothing waits and no remembered rebuild came after it (the site was built from it another way)', () => {
    expect(siteStateOf(at(5), status({ recent: [success(1, 2)] }), false)).toEqual({ state: 'live' })
    expect(siteStateOf(at(5), undefined, false)).toEqual({ state: 'live' })
  })
})
