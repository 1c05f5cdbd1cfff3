// The directory page's filter, for browsers with JavaScript: lists of municipality, theme (or
// sector) and, in the Wegweiser, language spoken, and a field for the child's age, that hide what
// does not match, and a line that says how many institutions are left (read out by screen
// readers, role="status"). Without JavaScript the form stays hidden and the page works through
// its table of contents (anchors per theme, municipality and language). The words come from the
// page's own attributes, the plural form from the browser's Intl.PluralRules for the page's
// language, so the script is the same in every language.
//
// What the page marks: `data-m` = the municipalities an element is for (their slugs, space
// separated; `*` = the whole region); `data-t` = its theme or sector; `data-l` = the languages
// spoken (an institution, or a section of the list by language); `data-a` = the age ranges of an
// institution's offers (`0-6 3-17`; empty = any age); `.entry` = an institution of the main list;
// `.group` = a theme or sector section, hidden when nothing in it is left. A list the page has no
// use for is missing (#filter-m for a region of one municipality, #filter-l and #filter-a when no
// institution names languages or ages).
export const DIRECTORY_SCRIPT = `
(function () {
  var form = document.getElementById('filter');
  var m = document.getElementById('filter-m');
  var t = document.getElementById('filter-t');
  var l = document.getElementById('filter-l');
  var a = document.getElementById('filter-a');
  var out = document.getElementById('filter-count');
  if (!form || !t || !out) return;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang.split('-x-')[0]) : null;
  function ageFits(ranges, age) {
    if (!ranges) return true;
    var list = ranges.split(' ');
    for (var i = 0; i < list.length; i++) {
      var r = list[i].split('-');
      if (age >= Number(r[0]) && age <= Number(r[1])) return true;
    }
    return false;
  }
  function apply() {
    var mv = m ? m.value : '', tv = t.value, lv = l ? l.value : '', av = a && a.value !== '' ? Number(a.value) : NaN, n = 0, i;
    var items = document.querySelectorAll('[data-m]');
    for (i = 0; i < items.length; i++) {
      var el = items[i], ms = ' ' + el.getAttribute('data-m') + ' ', ts = el.getAttribute('data-t');
      var show = (!mv || ms === ' * ' || ms.indexOf(' ' + mv + ' ') >= 0) && (!tv || ts === null || ts === tv);
      if (el.classList.contains('entry')) {
        if (lv) show = show && (' ' + (el.getAttribute('data-l') || '') + ' ').indexOf(' ' + lv + ' ') >= 0;
        if (!isNaN(av)) show = show && ageFits(el.getAttribute('data-a'), av);
      }
      el.hidden = !show;
      if (show && el.classList.contains('entry')) n++;
    }
    var languages = document.querySelectorAll('section[data-l]');
    for (i = 0; i < languages.length; i++) languages[i].hidden = Boolean(lv) && languages[i].getAttribute('data-l') !== lv;
    var groups = document.querySelectorAll('.group');
    for (i = 0; i < groups.length; i++) groups[i].hidden = !groups[i].querySelector('.entry:not([hidden])');
    var chosen = mv || tv || lv || !isNaN(av);
    var category = plural ? plural.select(n) : n === 1 ? 'one' : 'other';
    var text = out.getAttribute('data-p-' + category) || out.getAttribute('data-p-other') || '';
    out.textContent = !chosen ? '' : n === 0 ? out.getAttribute('data-none') : text.replace('#', String(n));
  }
  if (m) m.addEventListener('change', apply);
  t.addEventListener('change', apply);
  if (l) l.addEventListener('change', apply);
  if (a) a.addEventListener('input', apply);
  form.hidden = false;
  apply();
})();
`;
