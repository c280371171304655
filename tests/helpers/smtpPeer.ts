import { simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string; subject: string; contentType: string; text: string; html: string | false }

/**
 * A real SMTP server on loopback that keeps what it receives, parsed by mailparser. Point the CMS
 * at it with SMTP_HOST=127.0.0.1, SMTP_PORT=port and SMTP_STARTTLS=false. `refuse(true)` makes
 * it answer every message with a temporary failure (451), as a mail server that is away.
 */
export async function startSmtpPeer() {
  const mails: ReceivedMail[] = []
  let refusing = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (refusing) {
        stream.on('end', () => callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 })))
        stream.resume()
        return
      }
      simpleParser(stream).then(
        (mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '')
          mails.push({ to, subject: mail.subject ?? '', contentType: contentTypeOf(mail.headers.get('content-type')), text: mail.text ?? '', html: mail.html ?? false })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const refuse = (on: boolean) => {
    refusing = on
  }
  return { mails, port, refuse, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** mailparser gives a structured header ({ value, params }) for Content-Type. */
const contentTypeOf = (header: unknown) =>
  typeof header === 'string' ? header : ((header as { value?: string } | undefined)?.value ?? '')
