// The fixed vocabularies of the content model: stored values are English identifiers,
// the labels are the Dutch words people see in the admin and on the site.
export const label = <T extends string>(labels: Record<T, string>) => labels

export const toolKinds = label({
  machine: 'Machine',
  programme: 'Programma',
  method: 'Methode',
  platform: 'Platform',
  standard: 'Standaard',
  financing: 'Financiering',
  organisation: 'Organisatievorm',
})

export const maturities = label({
  concept: 'Concept',
  prototype: 'Prototype',
  'in-use': 'In gebruik',
  commons: 'Commons',
})

export const mvpStatuses = label({
  absent: 'Afwezig',
  'in-progress': 'In ontwikkeling',
  present: 'Aanwezig',
})

export const proeftuinStatuses = label({
  active: 'Actief',
  stopped: 'Gestopt',
  'handed-over': 'Overgedragen',
})

export const lessonKinds = label({
  insight: 'Inzicht',
  pitfall: 'Valkuil',
  opportunity: 'Kans',
  advice: 'Advies',
})

export const themes = label({
  mvp: 'Minimal Viable Prototype',
  participation: 'Participatie en eCommunity',
  ict: 'ICT en standaarden',
  financing: 'Financiering en businesscase',
  ownership: 'Eigenaarschap en commons',
  organisation: 'Organisatie en regie',
  education: 'Onderwijs en ambassadeurs',
  scaling: 'Opschalen en na de subsidie',
})

export const programmeKinds = label({
  'kick-off': 'Kick Off (24 uur)',
  'hundred-days': '100-dagenlijn',
})

export const timeUnits = label({
  hours: 'uren',
  days: 'dagen',
})

/** The moderation steps a question's `status` records; publishing is `_status`, as everywhere (questionSteps.ts). */
export const moderationSteps = label({
  new: 'Nieuw',
  accepted: 'Geaccepteerd',
  answered: 'Beantwoord',
  rejected: 'Afgewezen',
})

/** The step people see: the moderation step, or "Gepubliceerd" once the answer is public. */
export const questionStatuses = { ...moderationSteps, published: 'Gepubliceerd' } as const

export const rejectionReasons = label({
  'off-topic': 'Buiten het onderwerp',
  nonsense: 'Onzin of spam',
  duplicate: 'Dubbel (al gesteld)',
})

export type Vocabulary = Record<string, string>
/** The stored values of a vocabulary, as the tuple zod's enum wants. */
export const valuesOf = <V extends Vocabulary>(v: V) => Object.keys(v) as [keyof V & string, ...(keyof V & string)[]]
/** Payload select options with Dutch labels. */
export const optionsOf = (v: Vocabulary) => Object.entries(v).map(([value, label]) => ({ value, label }))

/** A peer's verdict on one part of another proeftuin's scorecard. */
export const peerVerdicts = label({
  agree: 'Eens',
  doubt: 'Twijfel',
})
