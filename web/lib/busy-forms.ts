// Pages answered on the server (search, analytics) take a moment on a large archive: once a form
// is sent, it says "Loading…" and the page is marked busy until the answer replaces it.
export function busyForms(): void {
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-busy-text]')];
  const lines = forms.map((form) => {
    const line = document.createElement('p');
    line.className = 'loading';
    line.setAttribute('role', 'status');
    form.append(line);
    form.addEventListener('submit', () => {
      form.setAttribute('aria-busy', 'true');
      document.getElementById('main')?.setAttribute('aria-busy', 'true');
      line.textContent = form.dataset.busyText ?? '';
    });
    return line;
  });
  // Back to this page from the browser's cache: it is not loading any more.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    for (const form of forms) form.removeAttribute('aria-busy');
    document.getElementById('main')?.removeAttribute('aria-busy');
    for (const line of lines) line.textContent = '';
  });
}
