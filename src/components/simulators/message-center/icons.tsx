/** Small line icons of the practice portal, drawn as SVG in the text colour. Decorative: their buttons carry the names. */

/** A gear: eight teeth around a ring. */
const GEAR_POINTS = Array.from({ length: 32 }, (_, i) => {
  const angle = (i / 32) * 2 * Math.PI;
  const radius = i % 4 < 2 ? 10 : 7.5;
  return `${(12 + radius * Math.cos(angle)).toFixed(2)},${(12 + radius * Math.sin(angle)).toFixed(2)}`;
}).join(' ');

export function GearIcon() {
  return (
    <svg className="mc-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <polygon points={GEAR_POINTS} fill="currentColor" />
      <circle cx="12" cy="12" r="3.2" fill="var(--sim-bg, #fff)" />
    </svg>
  );
}

/** A person: head and shoulders. */
export function PersonIcon() {
  return (
    <svg className="mc-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4.5" fill="currentColor" />
      <path d="M3 22c0-5 4-8 9-8s9 3 9 8z" fill="currentColor" />
    </svg>
  );
}
