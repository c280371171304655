import type { FieldError } from '../../model/formText'

/**
 * Shows a form's `{ field, message }` errors (from the shared zod schema in the browser, or from
 * the CMS's answer) beside their fields, the rest in the status line, and focuses the first
 * field to mend. Everything is set as textContent: no text from a person or the server becomes HTML.
 */
export function showFieldErrors(form: HTMLFormElement, status: HTMLElement, errors: FieldError[]) {
  for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) el.textContent = ''
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid')
  const general: string[] = []
  for (const { field, message } of errors) {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(field)}"]`)
    const input = form.elements.namedItem(field) as HTMLElement | null
    if (slot) {
      slot.textContent = message
      input?.setAttribute('aria-invalid', 'true')
    } else general.push(message)
  }
  status.textContent = general.join(' ') || (errors.length ? 'Verbeter de gemarkeerde velden.' : '')
  ;(form.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus()
}
