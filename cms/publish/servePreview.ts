import type { Payload } from 'payload'
import { settings } from '../env/settings'
import { isPreviewCollection, mayReadDraft } from './previewAccess'
import { buildPreview } from './previewBuild'
import { exportWithDraft } from './previewExport'
import { previewHeaders, previewHtml, previewMessage } from './previewPage'

/**
 * A draft as the site would show it: the preview content (the published export with this draft
 * in it), built with the site's own pages and Markdown pipeline, this document's page served with
 * the site's security headers and noindex. Only someone who may read the draft gets it (the
 * session cookie of the admin, checked here on every request); everyone else gets 401 or 403.
 */
export async function servePreview(payload: Payload, request: Request, collection: string, id: string): Promise<Response> {
  if (!isPreviewCollection(collection) || !/^[\w-]{1,64}$/.test(id)) return previewMessage(404, 'Geen voorbeeld', ['Dit adres hoort bij geen document met een voorbeeld.'])
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return previewMessage(401, 'Log eerst in', ['Een voorbeeld van een concept is alleen te zien voor wie in de CMS is ingelogd en het concept mag lezen.'])
  if (!(await mayReadDraft(payload, collection, id, user))) return previewMessage(403, 'Geen toegang', ['Je mag dit concept niet lezen, dus ook het voorbeeld niet.'])
  try {
    const started = Date.now()
    const result = await buildPreview((dir) => exportWithDraft(payload, collection, id, dir))
    payload.logger.info(`preview ${collection}/${id}: ${'built' in result && result.built ? 'built' : 'served'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (!result.prepared.ok || !('html' in result) || !result.html) {
      const problems = 'problems' in result.prepared ? (result.prepared.problems as string[]) : []
      return previewMessage(422, 'Nog geen voorbeeld mogelijk', ['Dit concept kan nog niet als pagina worden getoond; bij publiceren zou het worden geweigerd om:', ...problems])
    }
    const html = previewHtml(result.html, settings().SITE_URL, 'Voorbeeld van het concept: zo komt deze pagina op de site na publiceren. Nog niet gepubliceerd.')
    return new Response(html, { headers: previewHeaders({ 'Content-Type': 'text/html; charset=utf-8' }) })
  } catch (error) {
    payload.logger.error(`preview ${collection}/${id} failed: ${(error as Error).message}`)
    return previewMessage(500, 'Voorbeeld mislukt', ['Het bouwen van het voorbeeld is mislukt; de site en de CMS zijn niet gewijzigd.', `Fout: ${(error as Error).message.slice(0, 300)}`])
  }
}
