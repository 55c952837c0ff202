// Wide screens: always open, and the section being read is marked. Narrow: collapsed.
const toc = document.querySelector<HTMLElement>('[data-toc]');
const details = toc?.querySelector('details');
const wide = matchMedia('(min-width: 64rem)');
const fit = () => details && (details.open = wide.matches);
fit();
wide.addEventListener('change', fit);

const links = new Map([...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])].map((a) => [a.hash.slice(1), a]));
const sections = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
// ariaCurrent reflects aria-current; null removes it.
const mark = (id: string) => links.forEach((link, key) => (link.ariaCurrent = key === id ? 'location' : null));
// The section being read is the last one whose top has passed the upper third of the window;
// the observer only says when to look again (a section crossed that line).
const update = () => {
  let current = sections[0];
  for (const section of sections) if (section.getBoundingClientRect().top <= innerHeight * 0.3) current = section;
  if (current) mark(current.id);
};
const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
sections.forEach((section) => observer.observe(section));
