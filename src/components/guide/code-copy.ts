const template = document.querySelector<HTMLTemplateElement>('template[data-code-copy]');
for (const block of document.querySelectorAll<HTMLElement>('pre.astro-code')) {
  const button = template?.content.firstElementChild?.cloneNode(true) as HTMLButtonElement | undefined;
  if (!button) break;
  const label = button.textContent;
  button.onclick = () =>
    navigator.clipboard.writeText(block.textContent!).then(
      () => {
        button.textContent = button.dataset['copied']!;
        setTimeout(() => (button.textContent = label), 2000);
      },
      // No clipboard (permission refused): select the code so the reader can copy it.
      () => getSelection()?.selectAllChildren(block),
    );
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  block.replaceWith(wrapper);
  wrapper.append(block, button);
}
