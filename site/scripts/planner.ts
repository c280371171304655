import { joinItems } from '../lib/format'
import { toIcs } from '../lib/ics'
import { agenda, dayAfter, formatDate, formatDateTime, formatSpan, parseIsoDate, parseTime, type AgendaItem, type PlannedPhase, type TimeUnit } from '../lib/planner'

/**
 * The programme planner (site/components/Planner.astro): the dated agenda of a programme, as a
 * table, an .ics file and a printout. The choices live in the URL (?start=…&tijd=…), never stored.
 */

type Phase = PlannedPhase & { goal?: string; activities: string[]; outputs: string[] }
interface PlannerData {
  id: string
  title: string
  unit: TimeUnit
  host: string
  url: string
  phases: Phase[]
  followUp?: { title: string; unit: TimeUnit; phases: Phase[] }
}

export function initPlanner(section: HTMLElement) {
  const form = section.querySelector<HTMLFormElement>('form')!
  const data: PlannerData = JSON.parse(form.dataset.programme!)
  const out = section.querySelector<HTMLElement>('.agenda')!
  const ics = section.querySelector<HTMLAnchorElement>('[data-ics]')!
  section.querySelector<HTMLElement>('[data-needs-js]')!.hidden = true
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null
  let blobUrl: string | undefined

  const render = (params: URLSearchParams) => {
    const start = parseIsoDate(params.get('start'))
    if (!start) return false
    const workingDays = params.get('werkdagen') === '1'
    const dayHours = Number(params.get('daglengte')) || 8
    const items = agenda(data.unit, data.phases, start, { startMinutes: parseTime(params.get('tijd')) ?? 9 * 60, dayHours, workingDays })
    // Phases and their agenda items side by side; the follow-up programme's come after.
    const phases: Phase[] = [...data.phases]
    const all: AgendaItem[] = [...items]
    if (data.followUp && params.get('vervolg') === '1') {
      const next = agenda(data.followUp.unit, data.followUp.phases, dayAfter(items, true), { workingDays: true, dayHours })
      all.push(...next.map((i) => ({ ...i, index: i.index + phases.length, name: `${data.followUp!.title}: ${i.name}` })))
      phases.push(...data.followUp.phases)
    }
    const rows = all.map((item) => {
      const tr = document.createElement('tr')
      const th = document.createElement('th')
      th.scope = 'row'
      th.textContent = item.name
      const when = document.createElement('td')
      when.textContent = formatSpan(item)
      const goal = document.createElement('td')
      goal.textContent = phases[item.index].goal ?? ''
      tr.append(th, when, goal)
      return tr
    })
    out.querySelector('tbody')!.replaceChildren(...rows)
    const title = data.followUp && params.get('vervolg') === '1' ? `${data.title} en ${data.followUp.title}` : data.title
    out.querySelector('caption')!.textContent = `${title}, vanaf ${data.unit === 'days' ? formatDate(all[0].start) : formatDateTime(all[0].start)}`
    const describe = (i: { index: number }) => {
      const p = phases[i.index]
      return [p.goal && `Doel: ${p.goal}`, p.activities.length > 0 && `Activiteiten: ${joinItems(p.activities)}`, p.outputs.length > 0 && `Resultaat: ${joinItems(p.outputs)}`]
        .filter(Boolean)
        .join('\n')
    }
    const text = toIcs(all, { name: title, uidPrefix: data.id, host: data.host, now: new Date(), describe, url: data.url })
    if (blobUrl) URL.revokeObjectURL(blobUrl)
    blobUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }))
    ics.href = blobUrl
    ics.download = `${data.id}-${params.get('start')}.ics`
    out.hidden = false
    return true
  }

  /** The form as URL parameters: only what was chosen. */
  const paramsOfForm = () => {
    const next = new URLSearchParams({ start: field('start')!.value })
    for (const name of ['tijd', 'daglengte']) if (field(name)) next.set(name, field(name)!.value)
    for (const name of ['werkdagen', 'vervolg']) if (field(name)?.checked) next.set(name, '1')
    return next
  }

  const params = new URLSearchParams(location.search)
  for (const name of ['start', 'tijd', 'daglengte']) if (field(name) && params.get(name)) field(name)!.value = params.get(name)!
  for (const name of ['werkdagen', 'vervolg']) if (field(name)) field(name)!.checked = params.get(name) === '1'
  render(params)

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const next = paramsOfForm()
    if (!render(next)) return
    history.replaceState(null, '', `?${next}#planner`)
    out.focus()
  })
  section.querySelector('[data-print]')!.addEventListener('click', () => print())
}
