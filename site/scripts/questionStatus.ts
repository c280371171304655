/**
 * "Waar is mijn vraag?": sends the kenmerk to the CMS and shows its answer. The CMS checks the
 * kenmerk and says in Dutch what is wrong with it, so the form does not check it twice. Everything
 * shown is set as textContent.
 */
export function initStatusLookup(form: HTMLFormElement) {
  form.hidden = false
  const input = form.elements.namedItem('kenmerk') as HTMLInputElement
  const error = form.querySelector<HTMLElement>('[data-error-for="kenmerk"]')!
  const result = form.querySelector<HTMLElement>('[data-status-result]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  // A link to the lookup may carry the kenmerk (?kenmerk=VB-…).
  const given = new URLSearchParams(location.search).get('kenmerk')
  if (given && !input.value) input.value = given.slice(0, 40)

  const show = (message: string, invalid = false) => {
    error.textContent = invalid ? message : ''
    result.textContent = invalid ? '' : message
    if (invalid) {
      input.setAttribute('aria-invalid', 'true')
      input.focus()
    } else input.removeAttribute('aria-invalid')
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (!input.value.trim()) return show('Vul het kenmerk in dat je kreeg toen je je vraag stuurde.', true)
    button.disabled = true
    show('Bezig met opzoeken…')
    try {
      const url = new URL(form.dataset.endpoint!)
      url.searchParams.set('kenmerk', input.value)
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' })
      const body = await response.json().catch(() => ({}))
      if (typeof body.message === 'string' && typeof body.reference === 'string') show(`${body.reference}: ${body.message}`)
      else if (Array.isArray(body.errors) && typeof body.errors[0]?.message === 'string') show(body.errors[0].message, body.errors[0].field === 'kenmerk')
      else show('Er ging iets mis bij het opzoeken. Probeer het later opnieuw.')
    } catch {
      show('De VraagBaak is nu niet bereikbaar. Probeer het later opnieuw.')
    } finally {
      button.disabled = false
    }
  })
}
