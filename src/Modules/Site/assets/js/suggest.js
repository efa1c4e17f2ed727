// Suggestions while typing in the search boxes: a progressive enhancement. Without this script the form
// works the same; with it, each box gets a <datalist> filled from the site's own suggestion endpoints
// (organisation names for "wie of wat", places for "waar"). No third-party requests.
(function () {
  'use strict';
  function attach(input, url, pick) {
    if (!input || !window.fetch) return;
    var list = document.createElement('datalist');
    list.id = input.id + '-suggesties';
    input.after(list);
    input.setAttribute('list', list.id);
    var timer = null, last = '';
    input.addEventListener('input', function () {
      var value = input.value.trim();
      clearTimeout(timer);
      if (value.length < 2 || value === last) return;
      timer = setTimeout(function () {
        last = value;
        fetch(url + encodeURIComponent(value), { headers: { 'Accept': 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) {
            list.replaceChildren.apply(list, items.slice(0, 8).map(function (item) {
              var option = document.createElement('option');
              option.value = pick(item);
              return option;
            }));
          })
          .catch(function () { /* suggestions are a help, never a requirement */ });
      }, 150);
    });
  }
  attach(document.getElementById('q'), '/api/search/suggestions?limit=8&q=', function (name) { return name; });
  attach(document.getElementById('waar'), '/api/geography/suggestions?limit=8&q=', function (place) { return place.name; });
})();
