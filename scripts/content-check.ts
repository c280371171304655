// `npm run content:check [-- DIR]`: checks content/ the way import and the site build will
// (front matter, references, links, no MDX), and writes nothing.
import { formatProblem, loadContent } from './lib/content/load'

const dir = process.argv[2] ?? 'content'
const { documents, problems } = await loadContent(dir)
for (const problem of problems) console.error(formatProblem(problem))
console.log(`${documents.length} documenten gelezen, ${problems.length} problemen`)
if (problems.length > 0) process.exitCode = 1
