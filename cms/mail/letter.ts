/**
 * A mail as its parts: paragraphs of text and links to our own pages. From these come both the
 * plain text and the HTML version, so they never say different things. The HTML escapes every
 * character of the text (an asker's words stay text) and has no images, no styles from elsewhere
 * and no tracking: a link goes where it says.
 */
import { escapeAttribute, escapeText } from 'entities'

export type Part = string | { link: string; label?: string } | { list: string[] }
export type Letter = { subject: string; parts: Part[] }
export type Rendered = { subject: string; text: string; html: string }

const signature = ['Met vriendelijke groet,\nde redactie van de SamenBeter VraagBaak']

const paragraph = (s: string) => `<p>${escapeText(s).replace(/\n/g, '<br>')}</p>`

export function render(letter: Letter): Rendered {
  const parts = [...letter.parts, ...signature]
  const text = parts
    .map((p) => (typeof p === 'string' ? p : 'link' in p ? (p.label ? `${p.label}: ${p.link}` : p.link) : p.list.map((item) => `- ${item}`).join('\n')))
    .join('\n\n')
  const body = parts
    .map((p) =>
      typeof p === 'string'
        ? paragraph(p)
        : 'link' in p
          ? `<p><a href="${escapeAttribute(p.link)}">${escapeText(p.label ?? p.link)}</a></p>`
          : `<ul>${p.list.map((item) => `<li>${escapeText(item)}</li>`).join('')}</ul>`,
    )
    .join('\n')
  const html = `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${escapeText(letter.subject)}</title></head>\n<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">\n${body}\n</body></html>\n`
  return { subject: letter.subject, text: `${text}\n`, html }
}
