// "/" focuses search (the page's own field on /zoeken/), unless one is typing somewhere; on a
// phone it opens the folded menu first.
document.addEventListener('keydown', (e) => {
  const target = e.target as Element | null
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest?.('input, textarea, select, [contenteditable]')) return
  const field = document.getElementById('zoekterm') ?? document.getElementById('site-zoekterm')
  if (!field) return
  e.preventDefault()
  const menu = field.closest('details')
  const summary = menu?.querySelector('summary')
  if (menu && summary && getComputedStyle(summary).display !== 'none') menu.open = true
  field.focus()
})
