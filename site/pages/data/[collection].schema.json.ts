import type { APIRoute } from 'astro'
import type { ContentCollection } from '../../../model/collections'
import { jsonSchemaOf, openCollections } from '../../data/open-data'

export const getStaticPaths = () => openCollections.map((collection) => ({ params: { collection } }))

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(jsonSchemaOf(params.collection as ContentCollection), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  })
