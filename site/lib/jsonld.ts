/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so no text of the content can
 * close the script element.
 */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')
