import type { APIRoute } from 'astro'
import { corpus } from '../../data/corpus'
import { nationalCsv, nationalPicture } from '../../data/national-picture'

export const GET: APIRoute = async ({ site }) =>
  new Response(nationalCsv(nationalPicture(await corpus(), site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
