/** The CMS's REST API at `base` as a test drives it: JSON in and out, a JWT when given; anything but 2xx throws with the status and body. */
export const restApi =
  (base: string) =>
  async (method: string, url: string, token?: string, body?: unknown) => {
    const response = await fetch(`${base}/api${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
