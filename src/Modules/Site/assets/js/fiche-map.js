// The map of one organisation, loaded only when asked for: the link opens OpenStreetMap without JavaScript; with it,
// Leaflet and the map script are fetched on the first click and the map appears in place (keyboard focus moves to it).
(function () {
  'use strict';
  var link = document.getElementById('kaart-tonen');
  var map = document.getElementById('kaart');
  if (!link || !map || !document.head.appendChild) return;
  link.setAttribute('role', 'button');
  link.addEventListener('click', function (event) {
    event.preventDefault();
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = link.getAttribute('data-css');
    document.head.appendChild(css);
    map.hidden = false;
    map.tabIndex = -1;
    link.parentNode.hidden = true;
    // One after the other: map.js needs Leaflet.
    (link.getAttribute('data-scripts') || '').split(' ').reduce(function (previous, src) {
      return previous.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = src;
          script.onload = resolve;
          script.onerror = reject;
          document.body.appendChild(script);
        });
      });
    }, Promise.resolve()).then(function () { map.focus(); }, function () {
      map.textContent = 'De kaart kon niet geladen worden.';
    });
  });
})();
