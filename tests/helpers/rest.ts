import { handleEndpoints, type Payload } from 'payload'

export type RestOptions = { headers?: Record<string, string>; body?: unknown; token?: string; address?: string }

/**
 * Payload's own REST handler (the one the Next route calls), in-process: real routing, parsing,
 * access and error handling, without a Next server. `address` is what scripts/serve-cms.ts puts
 * in X-Forwarded-For (the socket's address).
 */
export async function rest(payload: Payload, method: string, url: string, options: RestOptions = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.address ?? '203.0.113.7', ...options.headers }
  if (options.token) headers.authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' || options.body instanceof Uint8Array || options.body instanceof FormData ? (options.body as BodyInit) : JSON.stringify(options.body)
    if (!(options.body instanceof FormData)) headers['content-type'] ??= 'application/json'
  }
  const request = new Request(`http://localhost/api${url}`, { method, headers, body })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json: json as any }
}

/** Logs in over REST and returns the token. */
export async function loginToken(payload: Payload, email: string, password: string, address?: string) {
  const r = await rest(payload, 'POST', '/users/login', { body: { email, password }, address })
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`)
  return r.json.token as string
}
