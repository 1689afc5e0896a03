// Maps drawn from the boundary GeoJSON as vector layers: no tile server is needed.
(function () {
  'use strict';
  var SYRIA = [[32.3, 35.6], [37.35, 42.4]];

  var OUTLINE = { color: '#4a6780', weight: 1, fillColor: '#dfe7ee', fillOpacity: 0.6 };

  // The boundaries drawn as vector layers, each area styled and named as asked (by default: outlines and its name).
  function baseMap(element, styleOf, tooltipOf) {
    var map = L.map(element, { attributionControl: true });
    map.attributionControl.setPrefix('');
    map.attributionControl.addAttribution('Boundaries: OCHA / UNCS');
    map.fitBounds(SYRIA);
    var url = element.getAttribute('data-boundaries');
    if (url) {
      fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        L.geoJSON(data, {
          style: styleOf || OUTLINE,
          onEachFeature: function (feature, layer) {
            layer.bindTooltip(tooltipOf ? tooltipOf(feature) : feature.properties.name);
          }
        }).addTo(map).bringToBack();
      });
    }
    return map;
  }

  var show = document.getElementById('report-map');
  if (show) {
    var lat = parseFloat(show.getAttribute('data-lat'));
    var lon = parseFloat(show.getAttribute('data-lon'));
    var map = baseMap(show);
    L.circleMarker([lat, lon], { radius: 7, color: '#9b1c1c', fillOpacity: 0.8 }).addTo(map);
    map.setView([lat, lon], 9);
  }

  var incident = document.getElementById('incident-map');
  if (incident) {
    var incidentMap = baseMap(incident);
    var centre = [parseFloat(incident.getAttribute('data-lat')), parseFloat(incident.getAttribute('data-lon'))];
    var area = L.circle(centre, { radius: parseFloat(incident.getAttribute('data-radius')), color: '#9b1c1c', weight: 1,
      fillOpacity: 0.08, className: 'incident-area' }).addTo(incidentMap);
    JSON.parse(incident.getAttribute('data-points')).forEach(function (p) {
      L.circleMarker([p.lat, p.lon], { radius: 6, color: '#18324a', fillOpacity: 0.8, className: 'incident-report' })
        .addTo(incidentMap);
    });
    incidentMap.fitBounds(area.getBounds(), { maxZoom: 12 });
  }

  // A briefing's governorates shaded by their number of reports: darker, more.
  var briefing = document.getElementById('briefing-map');
  if (briefing) {
    var counts = JSON.parse(briefing.getAttribute('data-counts'));
    var most = Object.keys(counts).reduce(function (m, k) { return Math.max(m, counts[k]); }, 1);
    var countOf = function (feature) { return counts[feature.properties.pcode] || 0; };
    baseMap(briefing, function (feature) {
      return { color: '#4a6780', weight: 1, fillColor: '#1f5f8b', fillOpacity: 0.08 + 0.8 * countOf(feature) / most,
        className: 'governorate' };
    }, function (feature) { return feature.properties.name + ': ' + countOf(feature); });
  }

  var pick = document.getElementById('pick-map');
  if (pick) {
    var latInput = document.getElementById('lat');
    var lonInput = document.getElementById('lon');
    var pickMap = baseMap(pick);
    var marker = null;
    function place(latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(pickMap); }
    }
    if (latInput.value && lonInput.value) {
      place([parseFloat(latInput.value), parseFloat(lonInput.value)]);
    }
    pickMap.on('click', function (e) {
      latInput.value = e.latlng.lat.toFixed(5);
      lonInput.value = e.latlng.lng.toFixed(5);
      place(e.latlng);
    });
  }
})();
