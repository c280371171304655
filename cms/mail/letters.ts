import { cmsUrl, siteUrl } from '../endpoints/origin'
import { answerPromise } from '../../model/answerPromise'
import { pathOf } from '../../model/routes'
import { rejectionReasons } from '../../model/vocabulary'
import type { Letter } from './letter'

/**
 * The words of every mail, in Dutch, to the asker ("je"), the expert, the editors and the kwartiermakers.
 * Nothing here reads the database: the sender (sendMailTask.ts) passes what a letter needs.
 */
export type QuestionForMail = {
  id: number | string
  title: string
  reference?: string | null
  slug?: string | null
  askerName?: string | null
  status?: string | null
  rejectionReason?: string | null
  answerDueAt?: string | null
}

const adminLink = (q: QuestionForMail) => ({ link: `${cmsUrl()}/admin/collections/questions/${q.id}`, label: 'Open de vraag in de redactieomgeving' })
const when = (iso?: string | null) =>
  iso ? new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) : 'onbekend'
const ref = (q: QuestionForMail) => q.reference ?? String(q.id)
const dear = (q: QuestionForMail) => `Beste ${q.askerName || 'vrager'},`

export const receivedLetter = (q: QuestionForMail): Letter => ({
  subject: `Je vraag aan de VraagBaak is ontvangen (${ref(q)})`,
  parts: [
    dear(q),
    `Dank je voor je vraag aan de SamenBeter VraagBaak. Je kenmerk is ${ref(q)}; noem het als je ons erover schrijft.`,
    `Je vraag:\n${q.title}`,
    `Een redactie bekijkt elke dag de nieuwe vragen en zoekt iemand met kennis van zaken die ${answerPromise()} antwoordt. ` +
      'Als het antwoord op de site staat, krijg je een bericht met de link. Je naam en e-mailadres worden nooit gepubliceerd.',
  ],
})

export const answerPublishedLetter = (q: QuestionForMail): Letter => ({
  subject: `Je vraag aan de VraagBaak is beantwoord (${ref(q)})`,
  parts: [
    dear(q),
    `Je vraag aan de SamenBeter VraagBaak (kenmerk ${ref(q)}) is beantwoord:\n${q.title}`,
    { link: `${siteUrl()}${pathOf('questions', q.slug ?? '')}`, label: 'Je leest het antwoord op' },
    '(Het kan een paar minuten duren voor de pagina op de site staat.)',
  ],
})

/** Why a question gets no answer, said kindly. Spam gets no mail at all (the sender decides). */
const rejectionWords: Record<string, string> = {
  'off-topic':
    'De VraagBaak beantwoordt vragen over de proeftuinen van SamenBeter, het MVP en de tools uit de toolbox. Je vraag valt daarbuiten, dus we kunnen hem hier niet goed beantwoorden.',
  duplicate: 'Dezelfde vraag is al eerder gesteld. Het antwoord daarop vind je in de VraagBaak op de site; zoek op een paar woorden uit je vraag.',
}

export const rejectedLetter = (q: QuestionForMail): Letter => ({
  subject: `Over je vraag aan de VraagBaak (${ref(q)})`,
  parts: [
    dear(q),
    `Dank je voor je vraag aan de SamenBeter VraagBaak (kenmerk ${ref(q)}):\n${q.title}`,
    `We beantwoorden deze vraag niet in de VraagBaak. ${rejectionWords[q.rejectionReason ?? ''] ?? `Reden: ${rejectionReasons[q.rejectionReason as keyof typeof rejectionReasons] ?? 'de redactie kon hem niet beantwoorden'}.`}`,
    'Heb je een andere vraag over de proeftuinen, stel hem gerust.',
    { link: `${siteUrl()}/vraagbaak/`, label: 'De VraagBaak' },
  ],
})

export const newQuestionLetter = (q: QuestionForMail): Letter => ({
  subject: `Nieuwe vraag in de VraagBaak (${ref(q)})`,
  parts: [
    `Er is een nieuwe vraag binnengekomen (kenmerk ${ref(q)}):\n${q.title}`,
    `Accepteer hem met een expert of wijs hem af. De vrager krijgt een antwoord ${answerPromise()}: uiterlijk ${when(q.answerDueAt)}.`,
    adminLink(q),
  ],
})

export const digestLetter = (questions: QuestionForMail[]): Letter => ({
  subject: `Dagoverzicht VraagBaak: ${questions.length} ${questions.length === 1 ? 'nieuwe vraag' : 'nieuwe vragen'}`,
  parts: [
    `${questions.length === 1 ? 'Deze vraag wacht' : 'Deze vragen wachten'} op de redactie (accepteren met een expert, of afwijzen):`,
    { list: questions.map((q) => `${ref(q)}: ${q.title} (termijn ${when(q.answerDueAt)})`) },
    { link: `${cmsUrl()}/admin/collections/questions`, label: 'De wachtrij' },
  ],
})

export const answerSubmittedLetter = (q: QuestionForMail & { answeredBy?: string | null }): Letter => ({
  subject: `Antwoord ingestuurd, klaar om te publiceren (${ref(q)})`,
  parts: [`${q.answeredBy ? `${q.answeredBy} heeft` : 'De expert heeft'} een antwoord ingestuurd op vraag ${ref(q)}:\n${q.title}`, { ...adminLink(q), label: 'Lees en publiceer het in de wachtrij' }],
})

export const assignedLetter = (q: QuestionForMail, expert: { name?: string | null }): Letter => ({
  subject: `Een vraag voor jou in de VraagBaak (${ref(q)})`,
  parts: [
    `Beste ${expert.name || 'expert'},`,
    `De redactie vraagt je deze vraag te beantwoorden (kenmerk ${ref(q)}):\n${q.title}`,
    `De VraagBaak belooft een antwoord ${answerPromise()} na het stellen: schrijf je antwoord uiterlijk ${when(q.answerDueAt)} en kies "Antwoord insturen".`,
    adminLink(q),
  ],
})

export const reminderLetter = (q: QuestionForMail, expert: { name?: string | null }): Letter => ({
  subject: `Herinnering: vraag ${ref(q)} wacht op je antwoord`,
  parts: [
    `Beste ${expert.name || 'expert'},`,
    `De vraag hieronder wacht nog op je antwoord. De termijn loopt af op ${when(q.answerDueAt)}.\n${q.title}`,
    adminLink(q),
  ],
})

export const escalationLetter = (q: QuestionForMail, situation: string): Letter => ({
  subject: `Termijn verlopen: vraag ${ref(q)}`,
  parts: [
    `De termijn van vraag ${ref(q)} is verlopen op ${when(q.answerDueAt)} (${answerPromise()} na het stellen), en de vraag staat nog niet op de site:\n${q.title}`,
    `Stand: ${situation}.`,
    adminLink(q),
  ],
})

/** What the join mails need of a request (collections/JoinRequests). */
export type JoinRequestForMail = { id: number | string; title: string; city?: string | null; neighbourhood?: string | null; contactName?: string | null }

export const newJoinRequestLetter = (r: JoinRequestForMail): Letter => ({
  subject: `Nieuwe aanmelding: proeftuin ${r.title}${r.city ? ` (${r.city})` : ''}`,
  parts: [
    `Een nieuwe proeftuin meldt zich aan: ${r.title}${r.neighbourhood ? `, ${r.neighbourhood}` : ''}${r.city ? ` in ${r.city}` : ''}.`,
    'Keur de aanmelding goed (dan krijgt de contactpersoon een account als kwartiermaker en een concept van de casus) of wijs hem af.',
    { link: `${cmsUrl()}/admin/collections/join-requests/${r.id}`, label: 'Open de aanmelding in de redactieomgeving' },
  ],
})

/** "1 uur", "3 dagen": how long the invitation's link works. */
const validFor = (hours: number) => (hours % 24 === 0 ? `${hours / 24} ${hours === 24 ? 'dag' : 'dagen'}` : `${hours} uur`)

export const invitationLetter = (r: JoinRequestForMail, invite: { name?: string | null; link: string; validHours: number }): Letter => ({
  subject: `Welkom bij SamenBeter: kies je wachtwoord (proeftuin ${r.title})`,
  parts: [
    `Beste ${invite.name || 'kwartiermaker'},`,
    `Je aanmelding van proeftuin ${r.title} is goedgekeurd. Je hebt nu een account als kwartiermaker in de redactieomgeving van de SamenBeter Toolbox. ` +
      'Daar staat een concept van jullie casus klaar, met de MVP-scorekaart uit je zelfscan als je die meestuurde.',
    `Kies eerst je wachtwoord (minstens 12 tekens). Deze link werkt ${validFor(invite.validHours)}; daarna vraag je een nieuwe aan met "Wachtwoord vergeten?" op de inlogpagina.`,
    { link: invite.link, label: 'Kies je wachtwoord' },
    'Beschrijf daarna jullie proeftuin en kies "Ter beoordeling aanbieden". De redactie bekijkt het concept en publiceert het op de site, in de MVP-matrix en de lijst van proeftuinen.',
    { link: `${cmsUrl()}/admin/login`, label: 'Inloggen' },
  ],
})

/** What the peer review mail needs of a review (collections/PeerReviews) and its reviewer. */
export type PeerReviewForMail = { id: number | string; title: string; by?: string | null; published: boolean }

/** To the reviewed proeftuin's kwartiermakers: read the review, and reply (seed 002: "De proeftuinen reviewen elkaar"). */
export const peerReviewReceivedLetter = (r: PeerReviewForMail): Letter => ({
  subject: `Een peer review van jullie proeftuin: ${r.title}`,
  parts: [
    'Beste kwartiermaker,',
    `${r.by || 'Een andere proeftuin'} heeft jullie proeftuin gereviewd: per onderdeel van de MVP-scorekaart, en over ‘wat werkt’ en ‘wat niet werkt’.`,
    r.published
      ? 'De review staat al op de site. Schrijf jullie reactie in het veld ‘Reactie van de gereviewde proeftuin’; de redactie zet hem erbij.'
      : 'Lees de review en schrijf jullie reactie in het veld ‘Reactie van de gereviewde proeftuin’. De redactie publiceert de review samen met jullie reactie op de site.',
    { link: `${cmsUrl()}/admin/collections/peer-reviews/${r.id}`, label: 'Lees de review in de redactieomgeving' },
  ],
})
