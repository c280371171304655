import type { APIRoute } from 'astro'
import { nationalJsonSchema } from '../../data/national-picture'

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(nationalJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } })
