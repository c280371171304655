import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { hasRole, ownProeftuinId } from '../access/roles'
import { siteUrl } from '../endpoints/origin'
import { ZelfscanForm } from './ZelfscanForm'

/**
 * "Zelfscan overnemen" (/admin/zelfscan): a kwartiermaker pastes the link of their MVP self-scan
 * (the site keeps the answers in the link) and it becomes the scorecard of their own proeftuin's
 * draft (endpoints/takeOverScan.ts). The site's self-scan links here with the scan filled in.
 */
export async function ZelfscanView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user ?? undefined
  const scan = typeof searchParams?.scan === 'string' ? searchParams.scan : ''
  const here = `/admin/zelfscan${scan ? `?scan=${encodeURIComponent(scan)}` : ''}`
  const own = user && hasRole(req, 'kwartiermaker') ? ownProeftuinId(req) : undefined
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={user} visibleEntities={visibleEntities}>
      <Gutter className="zelfscan-view">
        <h1>Zelfscan overnemen</h1>
        {!user ? (
          <p>
            <a href={`/admin/login?redirect=${encodeURIComponent(here)}`}>Log in als kwartiermaker</a> om je zelfscan over te nemen in het concept van je proeftuin.
          </p>
        ) : !own ? (
          <p>Alleen een kwartiermaker neemt een zelfscan over, in de eigen proeftuin. Een redacteur vult de scorekaart in op de proeftuin zelf.</p>
        ) : (
          <>
            <p>
              Plak hieronder de link van je <a href={`${siteUrl()}/mvp/zelfscan/`}>MVP-zelfscan</a>. De antwoorden komen als concept in de
              scorekaart van je proeftuin; het bewijs dat je al schreef blijft staan. Niets wordt gepubliceerd: dat doet de redactie nadat je het concept ter beoordeling hebt aangeboden.
            </p>
            <ZelfscanForm initial={scan} proeftuin={own} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
