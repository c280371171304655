import { createProcessor } from '@mdx-js/mdx'

interface Node {
  type: string
  name?: string | null
  label?: string | null
  lang?: string | null
  value?: string
  position?: { start: { line: number } }
  children?: Node[]
}

const mdx = createProcessor()

/** What an MDX node is that the editor (Lexical) has no place for; undefined when it has one. */
const unsupported = (node: Node): string | undefined => {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name ? `HTML of JSX (<${node.name}>)` : 'HTML of JSX (fragment <>)'
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'MDX-expressie tussen { }'
    case 'mdxjsEsm':
      return 'MDX import/export'
    case 'html':
      return 'HTML'
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
    case 'text':
      // Without GFM, MDX reads a footnote as text; a site with GFM would not.
      return /\[\^[^\]\s]+\]/.test(node.value ?? '') ? 'voetnoot' : undefined
    default:
      return undefined
  }
}

/**
 * The constructs of an MDX body the editor cannot hold. Lexical would keep most of them as plain
 * text (so the text survives a round trip while its meaning does not): they are refused by name.
 * Lines are 1-based within the body.
 */
export const unsupportedConstructs = (markdown: string): { line: number; construct: string }[] => {
  const found: { line: number; construct: string }[] = []
  const walk = (node: Node) => {
    const construct = unsupported(node)
    if (construct) found.push({ line: node.position?.start.line ?? 1, construct })
    else node.children?.forEach(walk)
  }
  try {
    walk(mdx.parse(markdown) as Node)
  } catch {
    // A syntax error: the loader has reported it with its line already.
  }
  return found
}
