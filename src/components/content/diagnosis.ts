// Diagnosis.astro's own script: it runs only on a page with the diagnosis.
const root = document.querySelector<HTMLElement>('[data-diagnosis]')!;
const questions = [...root.querySelectorAll<HTMLElement>('[data-question]')];

function show(question: HTMLElement | undefined, focus: boolean) {
  if (!question) return;
  root.dataset['active'] = 'true';
  for (const q of questions) q.hidden = q !== question;
  if (focus) question.querySelector<HTMLElement>('h3')?.focus();
}

root.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (target?.matches('[data-question]')) {
    event.preventDefault();
    history.replaceState(history.state, '', link.hash);
    show(target, true);
  } else if (target) {
    // A troubleshooting entry: the browser scrolls to it; mark it (and only it) as the answer found.
    document.querySelector('[data-diagnosed]')?.removeAttribute('data-diagnosed');
    target.setAttribute('data-diagnosed', '');
  }
});
root.querySelector('[data-diagnosis-restart]')?.addEventListener('click', () => show(questions[0], true));

show(questions.find((q) => `#${q.id}` === location.hash) ?? questions[0], false);
