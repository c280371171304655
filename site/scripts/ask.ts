// First: before the schemas below are made (see the file).
import './zodWithoutEval'
import { AskSchema, fieldErrors, type FieldError } from '../../model/ask'
import { showFieldErrors } from './formErrors'

/**
 * The ask form: checks with the CMS's own schema, posts JSON, shows the reference or the errors.
 * Everything shown is set as textContent: no text from the asker or the server becomes HTML.
 */
export function initAskForm(form: HTMLFormElement) {
  const shownAt = form.elements.namedItem('shownAt') as HTMLInputElement
  shownAt.value = String(Date.now())
  const status = form.querySelector<HTMLElement>('[data-ask-status]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!

  // Arrived from a page's "Nog niet beschreven … Stel een vraag" (?onderwerp=tool:x) or "Klopt er
  // iets niet?" (also ?over=/pad/&titel=…): that page's subject is the topic, the page named in the context.
  const params = new URL(location.href).searchParams
  const topicField = form.elements.namedItem('topic') as HTMLSelectElement | null
  const onderwerp = params.get('onderwerp')
  if (topicField && onderwerp && [...topicField.options].some((o) => o.value === onderwerp)) topicField.value = onderwerp
  const over = params.get('over')
  const contextField = form.elements.namedItem('context') as HTMLTextAreaElement | null
  if (contextField && !contextField.value && over?.startsWith('/')) contextField.value = `Over de pagina “${params.get('titel') ?? over}” (${over}): `

  const showErrors = (errors: FieldError[]) => showFieldErrors(form, status, errors)

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const topic = String(data.get('topic') ?? '')
    const [kind, slug] = topic.split(':')
    const input = {
      title: String(data.get('title') ?? ''),
      context: String(data.get('context') ?? ''),
      topic: topic ? { kind, slug } : undefined,
      name: String(data.get('name') ?? ''),
      email: String(data.get('email') ?? ''),
      consent: data.get('consent') === 'on',
      shownAt: Number(data.get('shownAt')),
      website: String(data.get('website') ?? ''),
    }
    const parsed = AskSchema.safeParse(input)
    if (!parsed.success) return showErrors(fieldErrors(parsed.error))
    showErrors([])
    button.disabled = true
    status.textContent = 'Bezig met versturen…'
    try {
      const response = await fetch(form.dataset.endpoint!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'omit',
      })
      const body = await response.json().catch(() => ({}))
      if (response.status === 201 && body.reference) {
        form.reset()
        shownAt.value = String(Date.now())
        // The asker sees what they sent, its kenmerk and what happens next. A mail is promised
        // only when the CMS says it sent one (`mailSent`); without a mail server it sends none.
        status.textContent =
          `Dank je! Je vraag “${input.title}” is ontvangen onder kenmerk ${body.reference}. Bewaar dat kenmerk: onder “Waar is mijn vraag?” op deze pagina zie je er later mee hoe ver je vraag is. ` +
          `Een redactie bekijkt elke dag de nieuwe vragen en zoekt iemand met kennis van zaken die ${form.dataset.promise} antwoordt. ` +
          'Een goed antwoord verschijnt daarna, zonder je naam, in de VraagBaak op deze site.' +
          (body.mailSent === true ? ' Je krijgt ook een bevestiging per e-mail.' : '')
      } else if (Array.isArray(body.errors)) {
        showErrors(body.errors)
      } else {
        status.textContent = 'Er ging iets mis bij het versturen. Probeer het later opnieuw.'
      }
    } catch {
      status.textContent = 'De VraagBaak is nu niet bereikbaar. Probeer het later opnieuw.'
    } finally {
      button.disabled = false
    }
  })
}
