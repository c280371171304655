import React from 'react'

/** SamenBeter's mark (the site's favicon), drawn inline: the admin loads nothing from elsewhere. */
function Mark({ size }: { size: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#08324f" />
      <path d="M9 21c2 2 4 3 7 3 4 0 7-2 7-5 0-6-13-3-13-9 0-2 3-4 6-4 2 0 4 1 6 2" fill="none" stroke="#ffdd00" strokeWidth="3" strokeLinecap="round" />
    </svg>
  )
}

/** On the login page: the mark and the name instead of Payload's logo. */
export function Logo() {
  return (
    <div className="samenbeter-logo" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark size={48} />
      <span style={{ fontSize: '1.6rem', fontWeight: 600, lineHeight: 1.1 }}>
        SamenBeter Toolbox
        <span style={{ display: 'block', fontSize: '0.9rem', fontWeight: 400, opacity: 0.7 }}>redactie</span>
      </span>
    </div>
  )
}

/** In the admin's navigation bar. */
export function Icon() {
  return (
    <span className="samenbeter-icon" title="SamenBeter Toolbox">
      <Mark size={24} />
    </span>
  )
}
