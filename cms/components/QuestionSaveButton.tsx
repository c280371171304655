'use client'
import { SaveButton, SaveDraftButton, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * The save button of a question. For the assigned expert it says what it does: sending the
 * answer in (the question then becomes "Beantwoord" and the editors hear of it, see
 * hooks/stampStatusChanges and hooks/queueMails); a save in place, never a publish. Editors keep
 * Payload's "Concept opslaan" (in place until first published, hooks/saveInPlaceUntilPublished).
 */
export function QuestionSaveButton() {
  const { user } = useAuth<{ role?: string }>()
  return user?.role === 'expert' ? <SaveButton label="Antwoord insturen" /> : <SaveDraftButton />
}
