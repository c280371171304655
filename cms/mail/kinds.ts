import { label } from '../../model/vocabulary'

/** Every mail the CMS sends (the VraagBaak's, the network's), by who gets it and why. */
export const mailKinds = label({
  received: 'Ontvangstbevestiging (vrager)',
  'answer-published': 'Antwoord gepubliceerd (vrager)',
  rejected: 'Vraag afgewezen (vrager)',
  'new-question': 'Nieuwe vraag (redactie)',
  digest: 'Dagoverzicht nieuwe vragen (redactie)',
  'answer-submitted': 'Antwoord ingestuurd (redactie)',
  assigned: 'Vraag toegewezen (expert)',
  reminder: 'Herinnering termijn (expert)',
  escalation: 'Termijn verlopen (redactie)',
  'new-join-request': 'Nieuwe aanmelding van een proeftuin (redactie)',
  invitation: 'Uitnodiging kwartiermaker (nieuwe proeftuin)',
  'peer-review-received': 'Peer review ontvangen (gereviewde proeftuin)',
})
export type MailKind = keyof typeof mailKinds

export const mailStatuses = label({
  queued: 'In de wachtrij',
  sent: 'Verstuurd',
  failed: 'Mislukt',
  cancelled: 'Niet verstuurd',
})
export type MailStatus = keyof typeof mailStatuses
