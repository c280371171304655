import type { APIRoute } from 'astro'
import { corpus } from '../../data/corpus'
import { nationalPicture } from '../../data/national-picture'

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(nationalPicture(await corpus(), site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
