// The rubriek filter box narrows the tree while typing: a rubriek stays when its name (or one below it) has every
// word, accents and case ignored, and the main rubrieken that keep something fold open. Without JavaScript the
// box is a plain form that the server filters (?zoek=).
(function () {
  'use strict';
  var form = document.querySelector('form[data-rubriek-filter]');
  if (!form) return;
  var input = form.querySelector('input[type=search]');
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var items = Array.prototype.slice.call(document.querySelectorAll('.rubriek-browse > li'));
  var apply = function () {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var matches = function (el) {
      var name = el.querySelector('.rubriek-name');
      var text = fold(name ? name.textContent : '');
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    };
    items.forEach(function (item) {
      var own = matches(item);
      var any = own;
      Array.prototype.forEach.call(item.querySelectorAll('details li'), function (li) {
        var parent = li.parentElement.closest('li');
        var keep = own || words.length === 0 || matches(li) || (parent !== item && matches(parent)) ||
          Array.prototype.some.call(li.querySelectorAll('li'), matches);
        li.hidden = !keep && li.querySelector('.rubriek-name') !== null;
        any = any || (keep && li.querySelector('.rubriek-name') !== null);
      });
      item.hidden = words.length > 0 && !any;
      item.querySelector('details').open = words.length > 0 && any;
    });
  };
  input.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
})();
