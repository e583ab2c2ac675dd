// A link to a ticket (#t-...) unfolds its timeline: the <details> it names opens on
// load and on every change of the address's fragment.
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  if (target instanceof HTMLDetailsElement && !target.open) {
    target.open = true;
    target.scrollIntoView();
  }
}

openTarget();
window.addEventListener('hashchange', openTarget);
