'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import type { DocumentSiteStatus } from '../publish/documentSiteStatus'

// The browser's own clock, like the admin's "Laatst gewijzigd" beside it.
const time = (iso: string) => new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short' }).format(new Date(iso))

/**
 * Above the document controls of a published document: "Bekijk op de site" (its page on the
 * public site) and whether the rebuild that includes the last publish has put it there. Asks the
 * CMS (publish/documentSiteStatus.ts) again every few seconds while the rebuild is under way, and
 * after every save.
 */
export function SiteLink() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [status, setStatus] = useState<DocumentSiteStatus>()
  useEffect(() => {
    if (!id || !collectionSlug) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      const next = await fetch(`/preview/status/${collectionSlug}/${id}`, { credentials: 'same-origin', cache: 'no-store' })
        .then((r) => (r.ok ? (r.json() as Promise<DocumentSiteStatus>) : undefined))
        .catch(() => undefined)
      if (stopped) return
      if (next) setStatus(next)
      if (!next || (next.published && next.state === 'updating')) timer = setTimeout(poll, 2000)
    }
    void poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [id, collectionSlug, lastUpdateTime])
  if (!status?.published) return null
  return (
    <div className="site-link" data-state={status.state} style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.4 }}>
      <a href={status.url} target="_blank" rel="noopener noreferrer">
        Bekijk op de site
      </a>
      <span className="site-link__state" role="status">
        {status.state === 'updating' && 'wordt bijgewerkt…'}
        {status.state === 'live' && (status.since ? `staat op de site sinds ${time(status.since)}` : 'staat op de site')}
        {status.state === 'failed' && `bijwerken mislukt om ${time(status.at)}: de site toont de vorige versie (zie het dashboard)`}
      </span>
    </div>
  )
}
