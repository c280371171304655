/**
 * "/" focuses search (the page's own field on /zoeken/, else the one in the header, opening the
 * folded menu on a phone), unless one is typing somewhere. A module, not an inline script, so the
 * site runs under a Content-Security-Policy without 'unsafe-inline'.
 */
document.addEventListener('keydown', (e) => {
  const target = e.target as Element | null
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest?.('input, textarea, select, [contenteditable]')) return
  const field = document.getElementById('zoekterm') ?? document.getElementById('site-zoekterm')
  if (!field) return
  e.preventDefault()
  const menu = field.closest('details')
  if (menu && !menu.open && getComputedStyle(menu.querySelector('summary')!).display !== 'none') menu.open = true
  field.focus()
})
