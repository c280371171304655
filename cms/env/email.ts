import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Without SMTP_HOST no mail goes out; the log says which mail was not sent, by subject only.
 * (Payload's own fallback would log the whole message, the asker's address included, and a log
 * is not reached by the privacy purge.)
 */
const logOnlyAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log-only',
  defaultFromAddress: 'vraagbaak@samenbeter.invalid',
  defaultFromName: 'SamenBeter VraagBaak',
  sendEmail: async (message) => {
    payload.logger.warn(`E-mail niet verstuurd (geen SMTP_HOST ingesteld): "${message.subject ?? ''}"`)
  },
})

/** Mail goes out over SMTP when SMTP_HOST is set. */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | Promise<EmailAdapter> {
  if (!env.SMTP_HOST) return logOnlyAdapter
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM || 'vraagbaak@samenbeter.invalid',
    defaultFromName: env.MAIL_FROM_NAME || 'SamenBeter VraagBaak',
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE === 'true',
      ignoreTLS: env.SMTP_SECURE !== 'true' && env.SMTP_STARTTLS === 'false',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    },
  })
}
