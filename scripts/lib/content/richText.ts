import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload, RichTextField } from 'payload'
import { escapesToStandIns, markTextForMarkdown, restoreText, standInsToEscapes } from './textEscapes'

export type LexicalState = SerializedEditorState

/**
 * The editor config of the body field of a collection (with its features, e.g. tables), as the
 * converters need it. https://payloadcms.com/docs/rich-text/converting-markdown
 */
export const editorConfigOf = (payload: Payload, collection: string, fieldName = 'body'): SanitizedServerEditorConfig => {
  const field = payload.collections[collection as keyof typeof payload.collections].config.fields.find(
    (f) => 'name' in f && f.name === fieldName,
  ) as RichTextField | undefined
  if (!field) throw new Error(`${collection} has no rich text field ${fieldName}`)
  return editorConfigFactory.fromField({ field })
}

/** The body as it is stored in files: no trailing blank lines, one final newline added by the serializer. */
export const normaliseMarkdown = (markdown: string) =>
  markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '')

/** Markdown → Lexical; typed characters that the file escapes (`\<`, `\&`, `\[`, …) come back as text (see textEscapes). */
export const markdownToLexical = (markdown: string, editorConfig: SanitizedServerEditorConfig) =>
  restoreText(convertMarkdownToLexical({ editorConfig, markdown: escapesToStandIns(normaliseMarkdown(markdown)) }) as unknown as LexicalState)

/** Lexical → Markdown in which typed text can only be text: what CommonMark would interpret is escaped (see textEscapes). */
export const lexicalToMarkdown = (data: LexicalState, editorConfig: SanitizedServerEditorConfig) =>
  standInsToEscapes(normaliseMarkdown(convertLexicalToMarkdown({ data: markTextForMarkdown(data) as never, editorConfig })))

/**
 * Lexical's exporter escapes characters that need no escape in that spot (`Health\~Holland`).
 * Drop such a backslash when the text without it reads back to the same thing, so a
 * file that was written without it comes back byte for byte.
 */
export const withoutNeedlessEscapes = (markdown: string, editorConfig: SanitizedServerEditorConfig) => {
  if (!/\\[~*_`#\[\]()!+\-.>|]/.test(markdown)) return markdown
  const candidate = markdown.replace(/\\([~])/g, '$1')
  if (candidate === markdown) return markdown
  // Same meaning = the editor reads it into a state it writes out exactly as before (node ids, e.g.
  // of links, are random, so the states themselves cannot be compared).
  const same = lexicalToMarkdown(markdownToLexical(candidate, editorConfig), editorConfig) === markdown
  return same ? candidate : markdown
}

/** Lexical state → the markdown of a content file. */
export const toMarkdown = (state: LexicalState, editorConfig: SanitizedServerEditorConfig) =>
  withoutNeedlessEscapes(lexicalToMarkdown(state, editorConfig), editorConfig)

/** Constructs the editor cannot hold, recognised on the first line that does not come back. */
const constructs: [RegExp, string][] = [
  [/<[A-Za-z][\w.-]*[\s/>]|<\/[A-Za-z]/, 'HTML of JSX (bijvoorbeeld <Component />)'],
  [/\[\^[^\]]+\]/, 'voetnoot'],
  [/^\s*(```|~~~)/, 'codeblok'],
  [/^ {4,}\S/, 'ingesprongen codeblok of te diep geneste lijst'],
  [/^\s*(=+|-+)\s*$/, 'kop met onderstreping (setext); gebruik # of ##'],
  [/^\s*\[[^\]]+\]:\s/, 'linkdefinitie (referentielink); schrijf de link uit'],
  [/\]\[[^\]]*\]/, 'referentielink; schrijf de link uit'],
  [/( {2}|\\)$/, 'harde regelafbreking'],
  [/!\[[^\]]*\]\(/, 'afbeelding binnen een alinea; zet een afbeelding op een eigen regel'],
  [/^\s*>\s*>/, 'geneste quote'],
  [/^\s*\|/, 'tabel (elke rij op één regel, met een kopregel)'],
  [/^\s*([*+]|\d+\))\s/, 'lijstteken; gebruik - of 1.'],
  [/(^|[^_\w])_[^_\s][^_]*_(?![_\w])/, 'nadruk met _; gebruik *tekst*'],
]

export interface RoundTripFailure {
  /** 1-based line in the body. */
  line: number
  construct: string
  source: string
  result: string
}

/** Compares markdown with what the editor gives back; undefined when they are the same text. */
export const roundTripFailure = (markdown: string, back: string): RoundTripFailure | undefined => {
  const a = normaliseMarkdown(markdown)
  const b = normaliseMarkdown(back)
  if (a === b) return undefined
  const left = a.split('\n')
  const right = b.split('\n')
  const i = left.findIndex((line, n) => line !== right[n])
  const index = i < 0 ? left.length : i
  const source = left[index] ?? ''
  const construct = constructs.find(([re]) => re.test(source))?.[1] ?? 'opmaak die de editor anders schrijft'
  return { line: index + 1, construct, source, result: right[index] ?? '' }
}
