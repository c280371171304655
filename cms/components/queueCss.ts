/**
 * The few rules the VraagBaak panels add to Payload's own styles (the table, pill and button
 * classes come from @payloadcms/ui); only the admin's theme variables, so dark mode follows.
 */
export const queueCss = `
.vraagbaak-queue, .vraagbaak-mine, .vraagbaak-dashboard { margin-bottom: calc(var(--base) * 2); }
.vraagbaak-queue__meta { color: var(--theme-elevation-500); font-size: 0.85em; margin-top: 0.2rem; }
.vraagbaak-queue__late, .vraagbaak-queue__late .vraagbaak-queue__meta { color: var(--theme-error-500); }
.vraagbaak-queue__actions { min-width: 22rem; }
.vraagbaak-queue__action { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
.vraagbaak-queue__action .react-select { flex: 1; min-width: 11rem; }
.vraagbaak-queue__table td { vertical-align: top; }
.vraagbaak-cards { display: flex; flex-wrap: wrap; gap: var(--base); margin: var(--base) 0; }
.vraagbaak-cards > a, .vraagbaak-cards > div { flex: 1 1 10rem; padding: var(--base); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); text-decoration: none; color: inherit; background: var(--theme-elevation-50); }
.vraagbaak-cards strong { display: block; font-size: 1.8em; line-height: 1.2; }
.vraagbaak-cards .is-late strong { color: var(--theme-error-500); }
`
