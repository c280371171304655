import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Mail goes out over SMTP when SMTP_HOST is set; without it Payload writes mails to the log,
 * which is enough to develop with.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
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
