/**
 * Copy buttons for the posts on a partner toolkit. Without JavaScript the posts are plain text to
 * select; where the browser can write to the clipboard, each post's button appears and copies the
 * post exactly as shown, and the status beside it says so to screen readers too.
 */
const canCopy = typeof navigator.clipboard?.writeText === 'function';

for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const source = block.querySelector<HTMLElement>('[data-copy-source]');
  const button = block.querySelector<HTMLButtonElement>('[data-copy-button]');
  const status = block.querySelector<HTMLElement>('[data-copy-status]');
  if (!source || !button || !status || !canCopy) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    // Emptied first, so saying "Copied" twice in a row is still announced.
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      status.textContent = 'Could not copy: select the text and copy it instead';
    }
  });
}
