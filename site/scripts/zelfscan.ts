import { mvpStatuses } from '../../model/vocabulary'
import { countOf } from '../lib/format'
import { MVP_BAR, mvpShare, percent, type MvpCell } from '../lib/mvp'
import { showLikeMine } from './likeMine'

/**
 * The MVP self-scan (site/pages/mvp/zelfscan.astro): the share of the MVP, the help for what is
 * missing and the proeftuinen like yours. The answers live in the URL (?ecommunity=present&…):
 * shareable and printable, never stored by the site; the links under the result carry them into a
 * join request or (for a logged-in kwartiermaker, in the CMS) into their own draft scorecard.
 */
export function initZelfscan(form: HTMLFormElement) {
  const parts: string[] = JSON.parse(form.dataset.parts ?? '[]')
  const statuses = Object.keys(mvpStatuses)
  const radios = (id: string) => form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(id)}"]`)
  const valueOf = (id: string): MvpCell => ([...radios(id)].find((r) => r.checked)?.value as MvpCell | undefined) ?? 'unknown'
  const likeMine = document.getElementById('zoals-de-mijne')

  const fromUrl = () => {
    const params = new URLSearchParams(location.search)
    for (const id of parts) {
      const value = params.get(id)
      for (const r of radios(id)) r.checked = r.value === value && statuses.includes(value)
    }
    return parts.some((id) => params.has(id))
  }

  const show = (updateUrl: boolean) => {
    const cells = parts.map(valueOf)
    const share = mvpShare(cells)
    const answered = cells.filter((c) => c !== 'unknown').length
    const text = document.getElementById('uitslag-tekst')!
    text.textContent =
      `Je hebt ${share.present} van de ${share.total} onderdelen aanwezig: ${percent(share.share)} van het MVP. ` +
      (share.meetsBar ? 'Dat is meer dan driekwart: je haalt de lat. ' : `De lat is meer dan driekwart (${MVP_BAR * 100}%). `) +
      (share.inProgress > 0 ? `${share.inProgress} in ontwikkeling. ` : '') +
      (answered < share.total ? `${countOf(share.total - answered, 'onderdeel', 'onderdelen')} nog niet ingevuld.` : '')
    const bar = document.getElementById('jouw-aandeel')!
    bar.hidden = false
    bar.querySelector<HTMLElement>('.fill')!.style.width = `${share.share * 100}%`
    bar.querySelector('[data-percent]')!.textContent = percent(share.share)
    document.getElementById('afdrukken')!.hidden = false
    parts.forEach((id, i) => {
      const help = document.getElementById(`hulp-${id}`)!
      help.hidden = cells[i] === 'present'
      help.querySelector('[data-status]')!.textContent =
        cells[i] === 'unknown' ? 'Nog niet ingevuld.' : `Jouw status: ${mvpStatuses[cells[i] as keyof typeof mvpStatuses]}.`
    })
    document.getElementById('hulp-intro')!.textContent =
      share.present === share.total
        ? 'Alle onderdelen zijn aanwezig.'
        : 'Voor elk onderdeel dat nog niet aanwezig is: de hoofdstukken uit de RoughGuide en de tools die helpen het te bouwen.'
    if (likeMine) showLikeMine(likeMine, cells)
    const params = new URLSearchParams()
    parts.forEach((id, i) => cells[i] !== 'unknown' && params.set(id, cells[i]))
    const query = params.toString()
    if (updateUrl) history.replaceState(null, '', query ? `?${query}` : location.pathname)
    // The scan travels on as the link it already is: into a join request, or a kwartiermaker's draft.
    const join = document.getElementById('aanmelden-met-scan') as HTMLAnchorElement | null
    if (join) join.href = `/proeftuinen/aanmelden/${query ? `?${query}` : ''}`
    const takeOver = document.getElementById('overnemen-in-concept') as HTMLAnchorElement | null
    if (takeOver) takeOver.href = `${takeOver.dataset.cms}/admin/zelfscan${query ? `?scan=${encodeURIComponent(`${location.origin}${location.pathname}?${query}`)}` : ''}`
  }

  form.addEventListener('change', () => show(true))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    show(true)
    document.getElementById('uitslag')!.focus()
  })
  document.getElementById('afdrukken')!.addEventListener('click', () => print())
  if (fromUrl()) show(false)
}
