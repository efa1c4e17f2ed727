// Maps: a result set (data-points: the API address of every result's point, not one page; popups link to the
// organisation) or one organisation's locations (data-markers: the points inline). The text next to each map
// (the list of results, the addresses) says the same for anyone who cannot use the map.
(function () {
  'use strict';
  var element = document.getElementById('kaart');
  if (!element || !window.L || !window.fetch) return;
  var points = element.getAttribute('data-points');
  var tiles = element.getAttribute('data-tiles');
  var status = document.getElementById('kaart-status');
  var map = L.map(element, { scrollWheelZoom: false }).setView([51.0, 4.4], 8); // Flanders and Brussels
  if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
  var inline = element.getAttribute('data-markers');
  (inline ? Promise.resolve({ points: JSON.parse(inline) }) : fetch(points, { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : { points: [] }; }))
    .then(function (result) {
      var list = result.points || [];
      // SVG markers are elements (clickable, testable); thousands of them are drawn on one canvas instead.
      var renderer = list.length > 1000 ? L.canvas() : L.svg();
      var bounds = [];
      list.forEach(function (point) {
        var link = document.createElement(point.id ? 'a' : 'span');
        if (point.id) link.href = '/organisatie/' + point.id;
        link.textContent = point.name; // text, never HTML: names are data
        L.circleMarker([point.lat, point.lon], { renderer: renderer, radius: 7, color: '#0050b3', weight: 2, fillOpacity: 0.6 })
          .bindPopup(link).addTo(map);
        bounds.push([point.lat, point.lon]);
      });
      if (bounds.length > 0) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
      if (status && !inline) status.textContent = list.length === 1 ? '1 organisatie op de kaart.' : list.length + ' organisaties op de kaart.';
    })
    .catch(function () { if (status) status.textContent = 'De kaart kon niet geladen worden; de lijst hieronder toont dezelfde resultaten.'; });
})();
