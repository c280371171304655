/**
 * Typed text stays text in the Markdown of content/.
 *
 * Lexical's Markdown converter escapes only its own marks (`*`, `_`, `` ` ``): text typed as
 * `<img onerror=…>`, `&lt;`, `[x](javascript:…)` or `# kop` would be written as it is and read by
 * the site (and by the next import) as HTML, an entity, a link or a heading. So before conversion
 * such characters in text nodes are swapped for private-use stand-ins Lexical leaves alone, and
 * after it each stand-in becomes a CommonMark backslash escape (`\<`, `\&`, `\[`, …). On the way
 * in, those escapes become stand-ins before Lexical reads the file (Lexical does not unescape
 * them itself), and the text nodes get the characters back. Only what CommonMark would interpret
 * is escaped, so `a < b` and `A & B` stay as they read.
 * https://spec.commonmark.org/0.31.2/#backslash-escapes
 */

/** Characters that may be escaped, each with its stand-in (Unicode's Supplementary Private Use Area-B, which no one types). */
const escapable = ['\\', '<', '&', '[', ']', '#', '>', '-', '+', '|', '.', ')'] as const
const standIn = new Map<string, string>(escapable.map((c, i) => [c, String.fromCodePoint(0x10fe00 + i)]))
const original = new Map<string, string>([...standIn].map(([c, s]) => [s, c]))
const standIns = new RegExp(`[${[...original.keys()].join('')}]`, 'gu')

/** In running text: HTML tags, comments, declarations and autolinks (`<` before a letter, `/`, `!`, `?`), entities, link brackets, backslashes. */
const inText = /\\|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)|\[|\]/g
/** At the start of a paragraph: a heading, quote, list item or table row. */
const atStart = /^(\s*)(?:([#>+|])|(-)(?=\s|$)|(\d{1,9})([.)])(?=\s|$))/

const mark = (text: string, paragraphStart: boolean) => {
  let out = text.replace(inText, (c) => standIn.get(c)!)
  if (paragraphStart) {
    out = out.replace(atStart, (_all, space: string, sign?: string, dash?: string, digits?: string, delimiter?: string) =>
      digits ? `${space}${digits}${standIn.get(delimiter!)}` : `${space}${standIn.get((sign ?? dash)!)}`,
    )
  }
  return out
}

interface LexicalNode {
  type?: string
  text?: string
  format?: number
  children?: LexicalNode[]
  [key: string]: unknown
}

/** Lexical's format bit of inline code: its text is literal in Markdown and must not be escaped. */
const CODE = 16

const mapText = (node: LexicalNode, f: (text: string, first: boolean) => string, first = false): LexicalNode => {
  if (node.type === 'text' && typeof node.text === 'string') return (node.format ?? 0) & CODE ? node : { ...node, text: f(node.text, first) }
  if (!node.children) return node
  // The first text of a block decides what the block is (heading, list, quote…); inside links and
  // formatted runs the children carry on the same line.
  const block = ['paragraph', 'heading', 'quote', 'listitem', 'tablecell'].includes(node.type ?? '')
  // After a line break the next text starts a line too.
  return {
    ...node,
    children: node.children.map((child, i, all) => mapText(child, f, i === 0 ? block || first : all[i - 1].type === 'linebreak')),
  }
}

/** A Lexical state whose text carries stand-ins for what Markdown would interpret (before Lexical writes Markdown). */
export const markTextForMarkdown = <S>(state: S): S => {
  const s = state as unknown as { root: LexicalNode }
  return { ...s, root: mapText(s.root, (text, first) => mark(text, first)) } as unknown as S
}

/** Markdown written by Lexical from a marked state: each stand-in becomes a backslash escape. */
export const standInsToEscapes = (markdown: string) => markdown.replace(standIns, (s) => `\\${original.get(s)}`)

/** Markdown about to be read by Lexical: the escapes Lexical would keep as two characters become stand-ins. */
export const escapesToStandIns = (markdown: string) =>
  // Code spans are literal (a backslash in one is a backslash): they are skipped whole; an escaped
  // backtick (Lexical writes one for a typed backtick) opens none.
  markdown.replace(/\\`|(`+)[^`][\s\S]*?\1|\\([\\<&[\]#>+|.)-])/g, (all, _code?: string, c?: string) => (c ? standIn.get(c)! : all))

/** A Lexical state read from Markdown with stand-ins: the text gets its characters back. */
export const restoreText = <S>(state: S): S => {
  const s = state as unknown as { root: LexicalNode }
  return { ...s, root: mapText(s.root, (text) => text.replace(standIns, (c) => original.get(c)!)) } as unknown as S
}
