'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React from 'react'

/**
 * Replaces Payload's icon-only preview button with words: "Voorbeeld" opens the saved draft as the
 * site would show it (publish/servePreview.ts), in a new tab. With unsaved changes it says that the
 * preview shows what was last saved.
 */
export function PreviewLink() {
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  if (!id || !collectionSlug) return null
  return (
    <Button
      el="anchor"
      url={`/preview/${collectionSlug}/${id}`}
      newTab
      buttonStyle="secondary"
      size="medium"
      margin={false}
      className="preview-link"
      tooltip={modified ? 'Het voorbeeld toont de laatst bewaarde versie: bewaar eerst je wijzigingen.' : 'Zo komt deze versie op de site (opent in een nieuw tabblad).'}
    >
      Voorbeeld
    </Button>
  )
}
