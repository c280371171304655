import type { APIRoute } from 'astro'
import type { ContentCollection } from '../../../model/collections'
import { corpus } from '../../data/corpus'
import { exportOf, openCollections } from '../../data/open-data'

export const getStaticPaths = () => openCollections.map((collection) => ({ params: { collection } }))

export const GET: APIRoute = async ({ params, site }) => {
  const c = await corpus()
  const body = JSON.stringify(exportOf(c, params.collection as ContentCollection, site!), null, 2)
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
