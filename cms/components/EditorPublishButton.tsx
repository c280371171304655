'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's publish button for those who may publish; a kwartiermaker, who may not, does not see
 * it at all (the ReviewPanel offers "Ter beoordeling aanbieden" instead of a button that refuses).
 */
export function EditorPublishButton() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role === 'kwartiermaker') return null
  return <PublishButton />
}
