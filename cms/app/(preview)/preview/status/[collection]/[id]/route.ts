// Where a document stands on the public site (the "Bekijk op de site" link of the edit view).
import config from '@payload-config'
import { getPayload } from 'payload'
import { documentSiteStatus } from '../../../../../../publish/documentSiteStatus'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await params
  return documentSiteStatus(await getPayload({ config }), request, collection, id)
}
