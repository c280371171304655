// The CMS's HTTP server: Next.js (admin, REST API) behind Node's own http server, so the address a
// request came from is the socket's, not what the client wrote in X-Forwarded-For.
// Usage: tsx scripts/serve-cms.ts --port 3000 [--hostname 127.0.0.1]
//
// `next start` keeps a client's own X-Forwarded-For, and the ask endpoint's rate limit keys on
// that header: anyone could send a new address with every request. Here the header is replaced
// by the socket's address, unless TRUST_PROXY=1 says a proxy in front sets it (then its value
// is kept as the proxy wrote it).
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import next from 'next'
import { rootDir } from '../cms/env/paths'

const { values } = parseArgs({ options: { port: { type: 'string', default: '3000' }, hostname: { type: 'string', default: '127.0.0.1' } } })
const port = Number(values.port)
const trustProxy = process.env.TRUST_PROXY === '1'

const app = next({ dev: false, dir: path.join(rootDir, 'cms'), hostname: values.hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  if (!trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown'
  void handle(req, res)
})
server.listen(port, values.hostname, () => console.log(`CMS: ready on http://${values.hostname}:${port}`))

// npm start and the tests stop the server with SIGTERM or SIGINT: close, then leave.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
