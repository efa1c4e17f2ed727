// Filters and sorting apply as soon as they change (the page says so above the filters); without JavaScript the
// forms keep their buttons. The whole search stays in the address, so the result can be shared and bookmarked.
(function () {
  'use strict';
  document.documentElement.className += ' js';
  Array.prototype.forEach.call(document.querySelectorAll('form[data-auto-submit]'), function (form) {
    form.addEventListener('change', function () { form.submit(); });
  });
})();
