'use client'
import { Button, Pill, ReactSelect, toast, type ReactSelectOption } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export type QueueRow = {
  id: number | string
  title: string
  reference: string
  status: 'new' | 'accepted' | 'answered'
  statusLabel: string
  waited: string
  left: string
  overdue: boolean
  expert?: string
}

export type Choice = { value: number | string; label: string }

type Props = { rows: QueueRow[]; experts: Choice[]; reasons: Choice[]; questions: Choice[] }

const pillStyle = { new: 'warning', accepted: 'light', answered: 'success' } as const
const what = { new: 'accepteren of afwijzen', accepted: 'wacht op de expert', answered: 'publiceren' }

/**
 * The moderation actions, one click each once the choice is made. They PATCH the question through
 * the REST API as the logged-in editor, so the collection's own rules (moderationRules) decide and
 * their Dutch message is what the editor reads when a step is refused.
 */
async function moderate(id: QueueRow['id'], data: Record<string, unknown>) {
  const response = await fetch(`/api/questions/${id}?depth=0`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  if (response.ok) return undefined
  const json = await response.json().catch(() => ({}))
  const first = json?.errors?.[0]
  return (first?.data?.errors?.[0]?.message as string) || (first?.message as string) || `De actie is mislukt (${response.status}).`
}

function Row({ row, experts, reasons, questions }: { row: QueueRow } & Omit<Props, 'rows'>) {
  const router = useRouter()
  const [expert, setExpert] = useState<ReactSelectOption>()
  const [reason, setReason] = useState<ReactSelectOption>()
  const [duplicate, setDuplicate] = useState<ReactSelectOption>()
  const [busy, setBusy] = useState(false)

  const act = async (data: Record<string, unknown>, done: string) => {
    setBusy(true)
    const refusal = await moderate(row.id, data)
    setBusy(false)
    if (refusal) return void toast.error(refusal)
    toast.success(done)
    router.refresh()
  }
  const one = (o?: ReactSelectOption | ReactSelectOption[]) => (Array.isArray(o) ? o[0] : o)

  return (
    <tr data-status={row.status} data-overdue={row.overdue || undefined} data-question={row.id}>
      <td>
        <a href={`/admin/collections/questions/${row.id}`}>{row.title.length > 120 ? `${row.title.slice(0, 117)}…` : row.title}</a>
        <div className="vraagbaak-queue__meta">{row.reference}</div>
      </td>
      <td>
        <Pill pillStyle={pillStyle[row.status]} size="small">
          {row.statusLabel}
        </Pill>
        <div className="vraagbaak-queue__meta">{row.expert ? `bij ${row.expert}` : what[row.status]}</div>
      </td>
      <td className={row.overdue ? 'vraagbaak-queue__late' : undefined}>
        {row.waited}
        <div className="vraagbaak-queue__meta">{row.overdue ? <strong>{row.left}</strong> : row.left}</div>
      </td>
      <td className="vraagbaak-queue__actions">
        {row.status === 'new' && (
          <>
            <div className="vraagbaak-queue__action" data-action="accept">
              <ReactSelect
                options={experts}
                value={expert}
                onChange={(o) => setExpert(one(o))}
                placeholder="Kies een expert"
                isClearable={false}
              />
              <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => act({ status: 'accepted', assignedTo: expert?.value }, 'Geaccepteerd: de expert ziet de vraag nu bij Mijn vragen.')}>
                Accepteren
              </Button>
            </div>
            <div className="vraagbaak-queue__action" data-action="reject">
              <ReactSelect options={reasons} value={reason} onChange={(o) => setReason(one(o))} placeholder="Kies een reden" isClearable={false} />
              {reason?.value === 'duplicate' && (
                <ReactSelect options={questions} value={duplicate} onChange={(o) => setDuplicate(one(o))} placeholder="Dubbel van welke vraag?" isClearable={false} />
              )}
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => act({ status: 'rejected', rejectionReason: reason?.value, duplicateOf: duplicate?.value }, 'Afgewezen.')}
              >
                Afwijzen
              </Button>
            </div>
          </>
        )}
        {row.status === 'answered' && (
          <div className="vraagbaak-queue__action" data-action="publish">
            <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => act({ _status: 'published' }, 'Gepubliceerd: de vrager krijgt de link zodra de site is bijgewerkt.')}>
              Publiceren
            </Button>
          </div>
        )}
      </td>
    </tr>
  )
}

export function ModerationQueue({ rows, experts, reasons, questions }: Props) {
  if (rows.length === 0) return <p>Geen open vragen: alles is afgehandeld.</p>
  return (
    <div className="table vraagbaak-queue__table">
      <table cellPadding={0} cellSpacing={0}>
        <thead>
          <tr>
            <th>Vraag</th>
            <th>Status</th>
            <th>Wacht</th>
            <th>Actie</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} experts={experts} reasons={reasons} questions={questions} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
