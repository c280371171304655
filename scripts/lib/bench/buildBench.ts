import { existsSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeBareAstro } from './bareAstro'
import { starlightDocs, writeStarlight } from './starlight'
import { generateCorpus } from './corpus'
import { folderSize, measureRun, type RunMeasure } from './measure'
import { median } from './search'
import { siteInputsHash } from '../siteInputs'
import { siteBuildArgs } from '../site/buildCommand'

/** Beside this site's output: what it was built from (siteInputsHash), so a later bench knows whether it is still this code's. */
const inputsFile = (out: string) => `${out}.inputs`

export interface BuildFigures {
  documents: number
  site: string
  runs: RunMeasure[]
  medianMs: number
  medianPeakRssBytes: number
  pagesPerSecond: number
  distBytes: number
  pagefindBytes: number
  htmlPages: number
  medianHtmlBytes: number
}

/**
 * Builds synthetic corpora of the given sizes with this site's build, a bare Astro site and a
 * Starlight site over the same files, `runs` times each, alternating, so both see the same machine
 * load. `starlightRuns` caps Starlight's runs: at 10,000 documents one takes a quarter of an hour.
 */
export async function benchBuilds(
  root: string,
  sizes: number[],
  runs: number,
  log: (line: string) => void,
  { starlight: withStarlight = true, starlightRuns = runs } = {},
) {
  const work = join(root, '.bench')
  const bare = join(work, 'bare')
  await writeBareAstro(bare)
  const starlight = join(work, 'starlight')
  await writeStarlight(starlight)
  const astro = join(root, 'node_modules', '.bin', 'astro')
  const pagefind = join(root, 'node_modules', '.bin', 'pagefind')
  const results: BuildFigures[] = []
  for (const size of sizes) {
    const corpus = join(work, `corpus-${size}`)
    const documents = await generateCorpus(join(root, 'content'), corpus, size)
    log(`corpus of ${documents} documents in ${corpus}`)
    const docs = join(work, `starlight-docs-${size}`)
    if (withStarlight) await starlightDocs(corpus, docs)
    const sites = {
      'this site': {
        out: join(work, `out-site-${size}`),
        run: async (out: string) => {
          await rm(inputsFile(out), { force: true })
          const m = await measureRun(process.execPath, siteBuildArgs('--content', corpus, '--out', out, '--cache', join(work, `cache-site-${size}`), '--quiet'), { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
          await writeFile(inputsFile(out), siteInputsHash(root, corpus))
          return m
        },
      },
      'bare Astro + Pagefind': {
        out: join(work, `out-bare-${size}`),
        run: async (out: string) => {
          const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BARE_CONTENT_DIR: corpus, BARE_OUT_DIR: out, BARE_CACHE_DIR: join(work, `cache-bare-${size}`) }
          const build = await measureRun(astro, ['build', '--root', bare, '--silent'], { cwd: root, env })
          const index = await measureRun(pagefind, ['--site', out, '--force-language', 'nl', '--silent'], { cwd: root, env })
          return { ms: build.ms + index.ms, peakRssBytes: Math.max(build.peakRssBytes, index.peakRssBytes) }
        },
      },
      Starlight: {
        out: join(work, `out-starlight-${size}`),
        run: (out: string) =>
          measureRun(astro, ['build', '--root', starlight, '--silent'], {
            cwd: root,
            env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', STARLIGHT_DOCS_DIR: docs, STARLIGHT_OUT_DIR: out, STARLIGHT_CACHE_DIR: join(work, `cache-starlight-${size}`) },
          }),
      },
    }
    if (!withStarlight) delete (sites as Partial<typeof sites>).Starlight
    const measured = new Map<string, RunMeasure[]>()
    for (let run = 0; run < runs; run++) {
      for (const [name, site] of Object.entries(sites)) {
        if (name === 'Starlight' && run >= starlightRuns) continue
        await rm(site.out, { recursive: true, force: true })
        const m = await site.run(site.out)
        log(`  ${size} documents, ${name}, run ${run + 1}: ${(m.ms / 1000).toFixed(1)} s, peak ${(m.peakRssBytes / 2 ** 30).toFixed(2)} GB`)
        measured.set(name, [...(measured.get(name) ?? []), m])
      }
    }
    for (const [name, site] of Object.entries(sites)) {
      const all = measured.get(name)!
      const dist = await folderSize(site.out)
      const index = await folderSize(join(site.out, 'pagefind')).catch(() => ({ bytes: 0 }))
      const medianMs = median(all.map((m) => m.ms))
      results.push({
        documents,
        site: name,
        runs: all,
        medianMs,
        medianPeakRssBytes: median(all.map((m) => m.peakRssBytes)),
        pagesPerSecond: dist.html / (medianMs / 1000),
        distBytes: dist.bytes,
        pagefindBytes: index.bytes,
        htmlPages: dist.html,
        medianHtmlBytes: dist.medianHtmlBytes,
      })
    }
  }
  return results
}

/**
 * This site's and the bare build of a synthetic corpus, as the last build bench left them in
 * .bench/; built once (one run, not measured) when missing. For the search at that size.
 */
export async function builtOutputs(root: string, size: number, log: (line: string) => void) {
  const work = join(root, '.bench')
  const site = join(work, `out-site-${size}`)
  const bare = join(work, `out-bare-${size}`)
  const corpus = join(work, `corpus-${size}`)
  const current = existsSync(inputsFile(site)) && existsSync(corpus) && readFileSync(inputsFile(site), 'utf8') === siteInputsHash(root, corpus)
  if (!current || !existsSync(join(bare, 'pagefind', 'pagefind.js'))) {
    log(`building this site and the bare site over ${size} documents for the search (not measured)…`)
    await benchBuilds(root, [size], 1, () => {}, { starlight: false })
  }
  return { site, bare }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`

/** The build figures as a Markdown table, with the growth from one size to the next. */
export const buildTable = (results: BuildFigures[]) => {
  const lines = [
    '| documents | site | build (median) | pages/s | peak memory, process tree | HTML pages | median page | dist/ | Pagefind index | growth vs. previous size |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const r of results) {
    const previous = results.filter((p) => p.site === r.site && p.documents < r.documents).at(-1)
    const growth = previous ? `${(r.medianMs / previous.medianMs).toFixed(2)}× for ${(r.documents / previous.documents).toFixed(1)}× the documents` : ''
    lines.push(
      `| ${r.documents} | ${r.site} | ${(r.medianMs / 1000).toFixed(1)} s (${r.runs.map((m) => (m.ms / 1000).toFixed(1)).join(', ')}) | ${r.pagesPerSecond.toFixed(0)} | ${gb(r.medianPeakRssBytes)} | ${r.htmlPages} | ${(r.medianHtmlBytes / 1024).toFixed(1)} KB | ${mb(r.distBytes)} | ${mb(r.pagefindBytes)} | ${growth} |`,
    )
  }
  return lines.join('\n')
}
