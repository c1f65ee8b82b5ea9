// Bilingual conferences: both languages side by side, or one at a time. The choice is kept for the
// next visit.
const KEY = 'presser.show';

export function languageChoice(onChange: (only: string | null) => void): string | null {
  const fieldset = document.getElementById('lang-choice') as HTMLFieldSetElement | null;
  if (!fieldset) return null;
  const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[name="show"]')];
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage may be off; the choice then lasts for this page only.
  }
  // The reader's last choice, else the one the page was asked for (the embed's ?show=), else both.
  const initial = radios.find((r) => r.value === saved) ?? radios.find((r) => r.checked) ?? radios[0];
  if (initial) initial.checked = true;
  fieldset.hidden = false;
  fieldset.addEventListener('change', () => {
    const value = radios.find((r) => r.checked)?.value ?? 'both';
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // See above.
    }
    onChange(value === 'both' ? null : value);
  });
  const value = initial?.value ?? 'both';
  return value === 'both' ? null : value;
}
