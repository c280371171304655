'use client'
import { SaveButton, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * The save button of a question. For the assigned expert it says what it does: sending the
 * answer in (the question then becomes "Beantwoord" and the editors hear of it, see
 * hooks/stampStatusChanges and hooks/queueMails); for editors it stays Payload's own.
 */
export function QuestionSaveButton() {
  const { user } = useAuth<{ role?: string }>()
  return <SaveButton label={user?.role === 'expert' ? 'Antwoord insturen' : undefined} />
}
