'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/**
 * Goedkeuren / Afwijzen of one join request. It PATCHes the request through the REST API as the
 * logged-in editor, so the collection's own rules (JoinRequests/handle.ts) decide, and their Dutch
 * message is what the editor reads when a step is refused.
 */
export function JoinRequestActions({ id, title }: { id: number | string; title: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const decide = async (status: 'approved' | 'rejected', done: string) => {
    setBusy(true)
    const response = await fetch(`/api/join-requests/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status }),
    })
    setBusy(false)
    if (!response.ok) {
      const json = await response.json().catch(() => ({}))
      const first = json?.errors?.[0]
      return void toast.error((first?.data?.errors?.[0]?.message as string) || (first?.message as string) || `De actie is mislukt (${response.status}).`)
    }
    toast.success(done)
    router.refresh()
  }
  return (
    <div className="join-queue__actions" data-join-request={id}>
      <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => decide('approved', `Goedgekeurd: ${title} staat als concept klaar en de kwartiermaker krijgt een uitnodiging.`)}>
        Goedkeuren
      </Button>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => decide('rejected', 'Afgewezen.')}>
        Afwijzen
      </Button>
    </div>
  )
}
