'use client'
import { Banner, Button, TextareaInput, useAuth, useConfig, useDocumentInfo, useField, useForm, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * The review step in the sidebar of a proeftuin or lesson (fields/review.ts). A kwartiermaker
 * offers their draft for review and reads the editors' comment when it comes back; an editor sees
 * "Wacht op beoordeling" and either publishes (Payload's own button: that approves) or sends it
 * back with a comment. Both save the draft as it is in the form, with the review fields set.
 */
export function ReviewPanel() {
  const { user } = useAuth<{ role?: string }>()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const status = useFormFields(([fields]) => fields.reviewStatus?.value as string | undefined)
  // The comment being typed lives in the form's own reviewComment field, not in this component:
  // Payload renders the sidebar's components anew after each round trip of the form, and a
  // comment kept in local state was wiped while the editor typed it.
  const { value: comment, setValue: setComment } = useField<string>({ path: 'reviewComment' })
  if (!id || !collectionSlug) return null

  const saveDraft = (overrides: Record<string, unknown>) =>
    submit({
      action: `${config.routes.api}/${collectionSlug}/${id}?depth=0&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft', ...overrides },
      skipValidation: true,
    })

  const kwartiermaker = user?.role === 'kwartiermaker'
  return (
    <div className="review-panel" data-review-status={status ?? 'none'} style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Beoordeling</h4>
      {status === 'submitted' && <p className="review-panel__status">Wacht op beoordeling door de redactie.</p>}
      {status === 'sent-back' && (
        <Banner type="error">
          <strong>Teruggestuurd door de redactie</strong>
          {comment ? <span className="review-panel__comment" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{comment}</span> : null}
        </Banner>
      )}
      {kwartiermaker && status !== 'submitted' && (
        <>
          <p>De redactie publiceert je concept nadat ze het hebben bekeken.</p>
          <Button buttonStyle="primary" size="medium" margin={false} onClick={() => void saveDraft({ reviewStatus: 'submitted' })}>
            Ter beoordeling aanbieden
          </Button>
        </>
      )}
      {!kwartiermaker && status === 'submitted' && (
        <>
          <p>Keur goed met ‘Publiceer wijzigingen’, of stuur het terug met een opmerking.</p>
          <TextareaInput
            path="review-comment-draft"
            label="Opmerking voor de kwartiermaker"
            value={comment ?? ''}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
          />
          <Button
            buttonStyle="secondary"
            size="medium"
            margin={false}
            disabled={!comment?.trim()}
            onClick={() => void saveDraft({ reviewStatus: 'sent-back', reviewComment: comment!.trim() })}
          >
            Terugsturen
          </Button>
        </>
      )}
      {!kwartiermaker && !status && <p className="review-panel__status">Geen beoordeling gevraagd.</p>}
    </div>
  )
}
