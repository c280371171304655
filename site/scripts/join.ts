// First: before the schemas below are made (zod without eval, see the file).
import './zodWithoutEval'
import { fieldErrors } from '../../model/formText'
import { JoinRequestSchema } from '../../model/joinRequest'
import { showFieldErrors } from './formErrors'

/**
 * "Meld je proeftuin aan" (site/components/JoinForm.astro): the self-scan's answers from the link
 * it came from, the CMS's own schema before sending, then JSON to the CMS. Everything shown is set
 * as textContent.
 */
export function initJoinForm(form: HTMLFormElement) {
  const shownAt = form.elements.namedItem('shownAt') as HTMLInputElement
  shownAt.value = String(Date.now())
  const status = form.querySelector<HTMLElement>('[data-join-status]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const scanFields = [...form.querySelectorAll<HTMLSelectElement>('select[data-scan-part]')]
  // Arrived from the self-scan ("Meld je proeftuin aan met deze uitslag"): its answers are in the link.
  const params = new URLSearchParams(location.search)
  for (const select of scanFields) {
    const value = params.get(select.dataset.scanPart!)
    if (value && [...select.options].some((o) => o.value === value)) select.value = value
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const scan = Object.fromEntries(scanFields.filter((s) => s.value).map((s) => [s.dataset.scanPart!, s.value]))
    const input = {
      title: String(data.get('title') ?? ''),
      city: String(data.get('city') ?? ''),
      neighbourhood: String(data.get('neighbourhood') ?? ''),
      contactName: String(data.get('contactName') ?? ''),
      contactEmail: String(data.get('contactEmail') ?? ''),
      motivation: String(data.get('motivation') ?? ''),
      scan,
      consent: data.get('consent') === 'on',
      shownAt: Number(data.get('shownAt')),
      website: String(data.get('website') ?? ''),
    }
    const parsed = JoinRequestSchema.safeParse(input)
    if (!parsed.success) return showFieldErrors(form, status, fieldErrors(parsed.error))
    showFieldErrors(form, status, [])
    button.disabled = true
    status.textContent = 'Bezig met versturen…'
    try {
      const response = await fetch(form.dataset.endpoint!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input), credentials: 'omit' })
      const body = await response.json().catch(() => ({}))
      if (response.status === 201 && body.received) {
        form.reset()
        shownAt.value = String(Date.now())
        status.textContent =
          `Dank je! De aanmelding van “${input.title}” is ontvangen. De redactie bekijkt hem; na goedkeuring krijg je een e-mail met een link om je wachtwoord te kiezen. ` +
          'Daarna beschrijf je jullie proeftuin als concept in de redactieomgeving; na beoordeling verschijnt hij op deze site.'
      } else if (Array.isArray(body.errors)) {
        showFieldErrors(form, status, body.errors)
      } else {
        status.textContent = 'Er ging iets mis bij het versturen. Probeer het later opnieuw.'
      }
    } catch {
      status.textContent = 'De redactieomgeving is nu niet bereikbaar. Probeer het later opnieuw.'
    } finally {
      button.disabled = false
    }
  })
}
