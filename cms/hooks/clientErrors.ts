import type { AfterErrorHook, PayloadRequest } from 'payload'

/**
 * Payload answers some malformed requests with 500 and logs a stack with the full SQL (≈11 KB):
 * an id that is not a number (`/api/tools/abc`, `/api/questions/ask` read as GET, `1e999`), a date or
 * number filter on a value that is none, `near` on a text field, `/users/verify/abc`. Those are the
 * client's mistake: here they become a 400 with a short message and one log line without a stack.
 * A failure of the database itself (busy, disk) keeps its 500 and its full log entry.
 */
const causeChain = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (let e: unknown = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e)
  return chain
}
const nameOf = (e: unknown) => (e as { name?: string })?.name ?? ''
const messageOf = (e: unknown) => String((e as { message?: string })?.message ?? '')

/** The error is the request's fault: a bad value reached the query, not a broken database. */
export function isClientCaused(error: unknown): boolean {
  const chain = causeChain(error)
  // The database or its driver refused (LibsqlError, SQLITE_*, MongoServerError): a server matter.
  if (chain.some((e) => /Libsql|Sqlite|MongoServer|MongoNetwork/i.test(nameOf(e)) || /SQLITE_/.test(String((e as { code?: unknown }).code ?? '')))) return false
  return chain.some(
    (e) =>
      nameOf(e) === 'RangeError' ||
      // A multipart `_payload` that is not JSON.
      nameOf(e) === 'SyntaxError' ||
      nameOf(e) === 'TypeError' ||
      nameOf(e) === 'CastError' ||
      nameOf(e) === 'BSONError' ||
      // POST /users/verify/:token on a collection without e-mail verification.
      /Cannot find field for path at _verificationToken/.test(messageOf(e)) ||
      /Invalid time value|invalid input syntax|is not a valid|Cannot convert|Invalid array length|must be a number/i.test(messageOf(e)),
  )
}

/**
 * Payload logs every error of a REST request before this hook runs, with a stack (config.loggingLevels).
 * For these names its logging is off and this hook logs instead: a 4xx as one line, a 5xx in full.
 * (A DrizzleQueryError's `name` is plain `Error`, hence `Error`.)
 */
export const quietErrorNames = [
  'Error', 'DrizzleQueryError', 'RangeError', 'TypeError', 'SyntaxError', 'CastError', 'BSONError',
  'APIError', 'QueryError', 'NotFound', 'Forbidden', 'ValidationError', 'AuthenticationError', 'UnauthorizedError',
  'MissingFile', 'FileUploadError', 'FileRetrievalError', 'InvalidFieldRelationship', 'LockedAuth', 'UnverifiedEmail',
] as const
const quiet = (error: unknown) => (quietErrorNames as readonly string[]).includes(nameOf(error))

const where = (req: PayloadRequest) => {
  try {
    const url = new URL(req.url ?? '', 'http://x')
    return `${req.method} ${url.pathname}`
  } catch {
    return String(req.method ?? '')
  }
}

export const clientErrorsAre4xx: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) {
    if (quiet(error)) req.payload.logger.info(`${status} ${where(req)}: ${messageOf(error).split('\n')[0].slice(0, 160)}`)
    return
  }
  if (isClientCaused(error)) {
    const cause = causeChain(error).at(-1)
    req.payload.logger.info(`400 ${where(req)}: ${nameOf(cause)}: ${messageOf(cause).split('\n')[0].slice(0, 160)}`)
    return {
      status: 400,
      response: { errors: [{ message: 'Ongeldige aanvraag: een id, datum, getal of filter in de aanvraag klopt niet.' }] },
    }
  }
  // Not the client's: the full entry Payload would have written (its logging is off for these names).
  if (quiet(error)) req.payload.logger.error({ err: error }, `${status} ${where(req)} failed`)
}
