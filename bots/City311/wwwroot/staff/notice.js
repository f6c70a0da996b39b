// The notice bar (#notice) of the staff pages: one short message at a time, hidden again after six seconds.

let timer = 0;

/** Shows <text> in the page's #notice bar (as text, never markup). */
export function notice(text) {
  const bar = document.getElementById('notice');
  bar.textContent = text;
  bar.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => { bar.hidden = true; }, 6000);
}
