// "/" focuses search (the page's own field on /zoeken/), unless one is typing somewhere.
document.addEventListener('keydown', (e) => {
  const target = e.target as Element | null
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest?.('input, textarea, select, [contenteditable]')) return
  const field = document.getElementById('zoekterm') ?? document.getElementById('site-zoekterm')
  if (field) {
    e.preventDefault()
    field.focus()
  }
})
