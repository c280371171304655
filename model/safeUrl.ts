/**
 * The link targets the site may carry: web addresses, mail and phone, and paths on the site
 * itself. Anything else (javascript:, data:, vbscript:, protocol-relative //host) could run code
 * or leave the site unseen, so import, the CMS and the site refuse it.
 */
export const isSafeUrl = (url: string) => /^(?:https?:\/\/|mailto:|tel:|\/(?![/\\])|#)/i.test(url.trim())

export const unsafeUrlMessage = 'alleen http(s)-, mailto- en tel-adressen en links binnen de site zijn toegestaan'
