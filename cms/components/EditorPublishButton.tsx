'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's publish button for those who may publish (editors); a kwartiermaker or an expert, who
 * may not, does not see it at all (the ReviewPanel offers a kwartiermaker "Ter beoordeling
 * aanbieden", an expert has "Antwoord insturen") instead of a button that refuses.
 */
export function EditorPublishButton() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'editor' && user?.role !== 'admin') return null
  return <PublishButton />
}
