import { parseMarkdown, type MarkdownNode as Node } from './markdown'

/** What a Markdown node is that the editor (Lexical) has no place for; undefined when it has one. */
const unsupported = (node: Node): string | undefined => {
  switch (node.type) {
    case 'html':
      return `HTML ${(node.value ?? '').split('\n')[0].slice(0, 40)} (bedoel je tekst, zet dan \\ voor de <)`
    case 'code':
      return 'codeblok'
    case 'break':
      return 'harde regelafbreking'
    case 'definition':
    case 'linkReference':
    case 'imageReference':
      return node.label?.startsWith('^') ? 'voetnoot' : 'referentielink (schrijf de link uit: [tekst](adres))'
    case 'footnoteReference':
    case 'footnoteDefinition':
      return 'voetnoot'
    default:
      return undefined
  }
}

/**
 * The constructs of a Markdown body the editor cannot hold. Lexical would keep most of them as plain
 * text (so the text survives a round trip while its meaning does not): they are refused by name.
 * Lines are 1-based within the body.
 */
export const unsupportedConstructs = (markdown: string): { line: number; construct: string }[] => {
  const found: { line: number; construct: string }[] = []
  const walk = (node: Node) => {
    const construct = unsupported(node)
    const line = node.position?.start.line ?? 1
    // One problem per line is enough (an opening and a closing tag are one thing to fix).
    if (construct) found.some((f) => f.line === line) || found.push({ line, construct })
    else node.children?.forEach(walk)
  }
  walk(parseMarkdown(markdown))
  return found
}
