// Auto-scroll: while the reader is at the end, new text scrolls into view. Scrolling up stops it
// and shows "Back to live"; scrolling back to the end, or the button, resumes it.

const NEAR_END_PX = 48;

export interface Follower {
  /** Call after the record grew. */
  grew(): void;
}

export function follow(button: HTMLButtonElement, enabled: () => boolean): Follower {
  let following = !location.hash;
  let lastY = window.scrollY;
  const atEnd = () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - NEAR_END_PX;
  const show = () => {
    button.hidden = following || !enabled();
  };
  const toEnd = () => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'auto' });

  window.addEventListener(
    'scroll',
    () => {
      // Growth never moves scrollY; only the reader scrolling up does.
      if (window.scrollY < lastY - 2) following = false;
      else if (atEnd()) following = true;
      lastY = window.scrollY;
      show();
    },
    { passive: true },
  );
  button.addEventListener('click', () => {
    following = true;
    toEnd();
    show();
  });
  if (following && enabled()) toEnd();
  show();
  return {
    grew() {
      if (following && enabled()) toEnd();
      show();
    },
  };
}
