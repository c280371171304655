// The stylesheets and scripts of preview pages: the site's own, as the preview build made them.
import { previewAsset } from '../../../../../publish/previewBuild'
import { previewHeaders } from '../../../../../publish/previewPage'

export const dynamic = 'force-dynamic'

const types: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2' }

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  const bytes = await previewAsset(path)
  if (!bytes) return new Response('Niet gevonden.', { status: 404, headers: previewHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }) })
  const type = types[path.at(-1)!.split('.').pop()!] ?? 'application/octet-stream'
  // Hashed names: a file never changes under its name.
  return new Response(new Uint8Array(bytes), { headers: previewHeaders({ 'Content-Type': type, 'Cache-Control': 'private, max-age=31536000, immutable' }) })
}
