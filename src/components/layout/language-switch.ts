// Keep the reader's place across languages: same step (#step-N) and, if a simulator is
// open, the same simulator state (it is kept in sessionStorage; "<flow>:resume" picks it up).
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
  link.addEventListener('click', () => {
    const url = new URL(link.href);
    const params = new URLSearchParams(location.search);
    const flow = document.documentElement.dataset['simulator'];
    if (flow) params.set('try', `${flow}:resume`);
    url.search = params.toString().replaceAll('%3A', ':');
    url.hash = location.hash;
    link.href = url.href;
  });
}
