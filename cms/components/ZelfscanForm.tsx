'use client'
import { Button, TextareaInput } from '@payloadcms/ui'
import React, { useState } from 'react'

/** The form of "Zelfscan overnemen": posts the link to the CMS as the logged-in kwartiermaker and says what happened. */
export function ZelfscanForm({ initial, proeftuin }: { initial: string; proeftuin: number | string }) {
  const [scan, setScan] = useState(initial)
  const [result, setResult] = useState<{ ok: boolean; message: string }>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    const response = await fetch('/api/zelfscan-overnemen', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scan }) })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    setResult(response.ok ? { ok: true, message: json.message } : { ok: false, message: json?.errors?.map((e: { message: string }) => e.message).join(' ') || `Het overnemen is mislukt (${response.status}).` })
  }
  return (
    <div className="zelfscan-form">
      <TextareaInput path="scan" label="Link van je zelfscan" value={scan} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setScan(e.target.value)} />
      <Button buttonStyle="primary" size="medium" disabled={busy || !scan.trim()} onClick={() => void submit()}>
        Overnemen in mijn concept
      </Button>
      {result && (
        <p role="status" className={result.ok ? 'zelfscan-form__ok' : 'zelfscan-form__error'} style={{ color: result.ok ? undefined : 'var(--theme-error-750)' }}>
          {result.message}{' '}
          {result.ok && <a href={`/admin/collections/proeftuinen/${proeftuin}`}>Open het concept</a>}
        </p>
      )}
    </div>
  )
}
