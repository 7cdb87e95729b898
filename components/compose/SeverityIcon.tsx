import type { CharterSeverity } from '@/lib/charter';

/**
 * Drawn rather than emoji: LinkedIn users' systems (and headless browsers) may
 * lack an emoji font. A distinct shape per level, so it never rests on colour alone.
 */
export function SeverityIcon({ severity }: { severity: CharterSeverity }) {
  return (
    <svg
      className={`relais-compose-icon relais-compose-icon--${severity}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' ? (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path d="M8 1.2l7 13.3H1z" fill="currentColor" />
          <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.3" r="1" fill="#fff" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <circle cx="8" cy="4.6" r="1" fill="#fff" />
          <path d="M8 7.2v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
