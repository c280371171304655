import { commonPasswords } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 12

const common = new Set(commonPasswords.map((p) => p.toLowerCase()))

/** Why a new password is refused (Dutch, for the person choosing it), or undefined when it is fine. */
export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string') return 'Het wachtwoord moet tekst zijn.'
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`
  const lower = password.toLowerCase()
  // One character repeated is as weak as the list's entries.
  if (common.has(lower) || /^(.)\1+$/.test(lower)) return 'Dit wachtwoord is te bekend en dus makkelijk te raden. Kies een ander.'
  return undefined
}
