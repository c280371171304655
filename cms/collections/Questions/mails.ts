import { siteUrl } from '../../endpoints/origin'
import { pathOf } from '../../schemas/routes'

/**
 * The mails of the VraagBaak to the asker. Plain text only: the asker's own words go back to them
 * as text, never as HTML.
 */
type Mail = { to: string; subject: string; text: string }

const signature = '\n\nMet vriendelijke groet,\nde redactie van de SamenBeter VraagBaak\n'

export const questionReceivedMail = (q: { name: string; email: string; title: string; reference: string }): Mail => ({
  to: q.email,
  subject: `Je vraag aan de VraagBaak is ontvangen (${q.reference})`,
  text:
    `Beste ${q.name},\n\n` +
    `Dank je voor je vraag aan de SamenBeter VraagBaak. Je kenmerk is ${q.reference}; noem het als je ons erover schrijft.\n\n` +
    `Je vraag:\n${q.title}\n\n` +
    'Een redactie bekijkt elke dag de nieuwe vragen en zoekt iemand met kennis van zaken die binnen een dag antwoordt. ' +
    'Als het antwoord op de site staat, krijg je een bericht met de link. Je naam en e-mailadres worden nooit gepubliceerd.' +
    signature,
})

export const answerPublishedMail = (q: { name?: string | null; email: string; title: string; reference: string; slug: string }): Mail => {
  const link = `${siteUrl()}${pathOf('questions', q.slug)}`
  return {
    to: q.email,
    subject: `Je vraag aan de VraagBaak is beantwoord (${q.reference})`,
    text:
      `Beste ${q.name || 'vrager'},\n\n` +
      `Je vraag aan de SamenBeter VraagBaak (kenmerk ${q.reference}) is beantwoord:\n${q.title}\n\n` +
      `Je leest het antwoord op ${link}\n` +
      '(Het kan een paar minuten duren voor de pagina op de site staat.)' +
      signature,
  }
}

/** To the editors: an expert sent an answer in; it waits for them to publish. */
export const answerSubmittedMail = (q: { to: string[]; title: string; reference: string; id: number | string; by?: string | null }) => ({
  to: q.to,
  subject: `Antwoord ingestuurd, klaar om te publiceren (${q.reference})`,
  text:
    `${q.by ? `${q.by} heeft` : 'De expert heeft'} een antwoord ingestuurd op vraag ${q.reference}:\n${q.title}\n\n` +
    `Lees en publiceer het in de wachtrij: ${process.env.CMS_URL || 'http://localhost:3000'}/admin/collections/questions/${q.id}\n` +
    signature,
})
