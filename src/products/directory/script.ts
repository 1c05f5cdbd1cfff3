// The directory page's filter, for browsers with JavaScript: two lists (municipality, theme or
// sector) that hide what does not match, and a line that says how many institutions are left
// (read out by screen readers, role="status"). Without JavaScript the form stays hidden and the
// page works through its table of contents (anchors per theme and per municipality). The words
// come from the page's own attributes, so the script is the same in every language.
//
// What the page marks: `data-m` = the municipalities an element is for (their slugs, space
// separated; `*` = the whole region); `data-t` = its theme or sector; `.entry` = an institution
// of the main list; `.group` = a theme or sector section, hidden when nothing in it is left. A
// region of one municipality has no list of municipalities (#filter-m is then missing).
export const DIRECTORY_SCRIPT = `
(function () {
  var form = document.getElementById('filter');
  var m = document.getElementById('filter-m');
  var t = document.getElementById('filter-t');
  var out = document.getElementById('filter-count');
  if (!form || !t || !out) return;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  function apply() {
    var mv = m ? m.value : '', tv = t.value, n = 0, i;
    var items = document.querySelectorAll('[data-m]');
    for (i = 0; i < items.length; i++) {
      var el = items[i], ms = ' ' + el.getAttribute('data-m') + ' ', ts = el.getAttribute('data-t');
      var show = (!mv || ms === ' * ' || ms.indexOf(' ' + mv + ' ') >= 0) && (!tv || ts === null || ts === tv);
      el.hidden = !show;
      if (show && el.classList.contains('entry')) n++;
    }
    var groups = document.querySelectorAll('.group');
    for (i = 0; i < groups.length; i++) groups[i].hidden = !groups[i].querySelector('.entry:not([hidden])');
    out.textContent = !mv && !tv ? '' : n === 0 ? out.getAttribute('data-none') : n === 1 ? out.getAttribute('data-one') : out.getAttribute('data-many').replace('{n}', String(n));
  }
  if (m) m.addEventListener('change', apply);
  t.addEventListener('change', apply);
  form.hidden = false;
  apply();
})();
`;
