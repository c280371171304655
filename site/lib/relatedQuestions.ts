/** What a question is about, for finding its neighbours. */
export interface QuestionTopics {
  id: string
  theme?: string
  tools: readonly string[]
  proeftuinen: readonly string[]
}

/**
 * The questions most like one question: a shared tool or proeftuin weighs twice a shared theme;
 * ties keep the given order. Questions that share nothing are not related.
 */
export const relatedQuestions = (all: readonly QuestionTopics[], id: string, max = 5): string[] => {
  const me = all.find((q) => q.id === id)
  if (!me) return []
  const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length
  return all
    .filter((q) => q.id !== id)
    .map((q, i) => ({ id: q.id, i, score: 2 * (shared(q.tools, me.tools) + shared(q.proeftuinen, me.proeftuinen)) + (me.theme && q.theme === me.theme ? 1 : 0) }))
    .filter((q) => q.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((q) => q.id)
}
