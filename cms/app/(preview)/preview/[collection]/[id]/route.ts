// The preview of a draft: GET /preview/<collection>/<id> (Payload's Preview button, admin.preview).
import config from '@payload-config'
import { getPayload } from 'payload'
import { servePreview } from '../../../../../publish/servePreview'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await params
  return servePreview(await getPayload({ config }), request, collection, id)
}
