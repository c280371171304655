/** Whether a rich text value (Lexical state) holds any visible text: an emptied editor keeps an empty paragraph. */
export const hasText = (value: unknown): boolean => {
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  return [node.root, ...(node.children ?? [])].some(hasText)
}
