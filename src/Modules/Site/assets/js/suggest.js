// Suggestions while typing in the search boxes: a progressive enhancement. Without this script the forms
// work the same; with it, each box gets a <datalist> filled from the site's own suggestion endpoints
// (organisation names, places, trefwoorden). No third-party requests. In a comma-separated box only the
// last item is completed.
(function () {
  'use strict';
  function attach(input, url, pick, commaSeparated) {
    if (!input || !window.fetch) return;
    var list = document.createElement('datalist');
    list.id = input.id + '-suggesties';
    input.after(list);
    input.setAttribute('list', list.id);
    var timer = null, last = '';
    input.addEventListener('input', function () {
      var parts = commaSeparated ? input.value.split(',') : [input.value];
      var value = parts.pop().trim();
      var before = parts.length ? parts.map(function (p) { return p.trim(); }).join(', ') + ', ' : '';
      clearTimeout(timer);
      if (value.length < 2 || before + value === last) return;
      timer = setTimeout(function () {
        last = before + value;
        fetch(url + encodeURIComponent(value), { headers: { 'Accept': 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) {
            var values = items.slice(0, 8).map(function (item) { return before + pick(item); });
            // Typed in full already: offer nothing, so no list pops up and Enter simply submits the form.
            if (values.some(function (v) { return v.toLowerCase() === input.value.trim().toLowerCase(); })) values = [];
            list.replaceChildren.apply(list, values.map(function (value) {
              var option = document.createElement('option');
              option.value = value;
              return option;
            }));
          })
          .catch(function () { /* suggestions are a help, never a requirement */ });
      }, 150);
    });
  }
  attach(document.getElementById('q'), '/api/search/suggestions?limit=8&q=', function (name) { return name; }, false);
  attach(document.getElementById('waar'), '/api/geography/suggestions?limit=8&q=', function (place) { return place.name; }, false);
  attach(document.getElementById('gemeenten'), '/api/geography/suggestions?limit=8&q=', function (place) { return place.name; }, true);
  attach(document.getElementById('trefwoorden'), '/api/trefwoorden?q=', function (term) { return term.term; }, true);
})();
