import type { ExportReport } from './export'
import type { ImportReport } from './import'

/** The closing lines of an import: what changed, and what the CMS holds that the source does not. */
export const importSummary = (r: ImportReport, prune = false) => {
  const lines: string[] = []
  if (r.added.length + r.updated.length + r.pruned.length === 0) lines.push('Niets gewijzigd: de CMS bevat al precies deze content.')
  lines.push(`Toegevoegd: ${r.added.length}, bijgewerkt: ${r.updated.length}, ongewijzigd: ${r.unchanged.length}`)
  for (const k of r.added) lines.push(`  + ${k}`)
  for (const k of r.updated) lines.push(`  ~ ${k}`)
  if (r.mediaAdded.length > 0) lines.push(`Media toegevoegd: ${r.mediaAdded.join(', ')}`)
  if (r.notInSource.length > 0) {
    lines.push(
      prune
        ? `Verwijderd (niet in de bron, --prune): ${r.pruned.length}`
        : `In de CMS maar niet in de bron: ${r.notInSource.length} (niet verwijderd; gebruik --prune om ze te verwijderen)`,
    )
    for (const k of r.notInSource) lines.push(`  ${prune ? '-' : '?'} ${k}`)
  }
  return lines
}

export const exportSummary = (r: ExportReport) => [
  r.written.length + r.removed.length === 0
    ? `Niets gewijzigd: ${r.unchanged.length} bestanden waren al gelijk.`
    : `Geschreven: ${r.written.length}, ongewijzigd: ${r.unchanged.length}, verwijderd: ${r.removed.length}`,
  ...r.written.map((f) => `  + ${f}`),
  ...r.removed.map((f) => `  - ${f}`),
]
