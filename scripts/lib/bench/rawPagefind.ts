import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The baseline of the search page: Pagefind's own API and nothing else, on a bare build's index
 * (https://pagefind.app/docs/api/). It searches what is typed or in ?q=, loads the first ten
 * results and shows their titles and excerpts, with the search page's field, status and list, so
 * the same measurement (search.ts) runs on both. Written into the bare build at /raw-search/;
 * the script is a file, as the site's headers allow no inline script.
 */
export async function writeRawPagefindPage(dist: string) {
  const dir = join(dist, 'raw-search')
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind</title><script type="module" src="/raw-search/search.js"></script></head>
<body><div id="zoeken"><form><input id="zoekterm" name="q" type="search"><button>Zoeken</button></form><p data-search-status>Typ een zoekterm</p><ol data-search-results></ol></div></body></html>
`,
  )
  await writeFile(
    join(dir, 'search.js'),
    `const root = document.getElementById('zoeken')
const form = root.querySelector('form')
const input = form.querySelector('input')
const status = root.querySelector('[data-search-status]')
const list = root.querySelector('[data-search-results]')
const loading = import('/pagefind/pagefind.js').then(async (pagefind) => (await pagefind.init(), pagefind))
const show = async (q) => {
  const search = await (await loading).search(q)
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()))
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li')
    const a = Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title })
    const p = document.createElement('p')
    p.innerHTML = d.excerpt
    li.append(a, p)
    return li
  }))
  status.textContent = (search.results.length ? search.results.length + ' resultaten' : 'Niets gevonden') + ' voor “' + q + '”'
}
form.addEventListener('submit', (event) => (event.preventDefault(), show(input.value)))
const q = new URL(location.href).searchParams.get('q')
if (q) (input.value = q), show(q)
`,
  )
}
