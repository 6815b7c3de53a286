// Draws the map page (#map) with Leaflet: the world outline (GeoJSON from the jar, no tile server) and one circle
// marker per event or agreement at its place, from /api/map. Markers at one place are set on a small ring so each
// can be clicked; a click opens the entity's page. The class and date filters work as on the graph page. The map
// is kept in window.dkgMap ({map, markers: [{data, layer}]}) and the counts in #map's data-markers/data-visible.
(function () {
  'use strict';
  var COLOURS = {Agreement: '#e07b00', Event: '#138d9c'};
  var RADIUS = 7;

  function status(text) {
    var el = document.getElementById('map-status');
    if (el) {
      el.textContent = text;
    }
  }

  function json(url) {
    return fetch(url, {headers: {Accept: 'application/json'}}).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ' answered ' + r.status);
      }
      return r.json();
    });
  }

  function filters() {
    var classes = {};
    document.querySelectorAll('[data-filter-class]').forEach(function (box) {
      classes[box.getAttribute('data-filter-class')] = box.checked;
    });
    var fromEl = document.querySelector('[data-filter-from]');
    var toEl = document.querySelector('[data-filter-to]');
    return {classes: classes, from: fromEl ? fromEl.value.trim() : '', to: toEl ? toEl.value.trim() : ''};
  }

  function shown(d, f) {
    return f.classes[d['class']] !== false && !(d.date && f.from && d.date < f.from)
      && !(d.date && f.to && d.date.substring(0, f.to.length) > f.to);
  }

  // Markers that share a place go on a ring around it, in screen pixels, so the ring keeps its size at any zoom.
  function place(map, visible) {
    var groups = {};
    visible.forEach(function (m) {
      var key = m.data.lat + ',' + m.data['long'];
      (groups[key] = groups[key] || []).push(m);
    });
    Object.keys(groups).forEach(function (key) {
      var group = groups[key];
      var ring = group.length === 1 ? 0 : Math.max(2.4 * RADIUS, group.length * RADIUS * 2.4 / (2 * Math.PI));
      group.forEach(function (m, i) {
        var centre = map.latLngToLayerPoint([m.data.lat, m.data['long']]);
        var angle = 2 * Math.PI * i / group.length - Math.PI / 2;
        m.layer.setLatLng(map.layerPointToLatLng(centre.add([ring * Math.cos(angle), ring * Math.sin(angle)])));
      });
    });
  }

  function apply(state, fit) {
    var f = filters();
    var visible = [];
    state.markers.forEach(function (m) {
      if (shown(m.data, f)) {
        visible.push(m);
        m.layer.addTo(state.layer);
      } else {
        state.layer.removeLayer(m.layer);
      }
    });
    if (fit && visible.length) {
      state.map.fitBounds(L.latLngBounds(visible.map(function (m) { return [m.data.lat, m.data['long']]; })),
        {padding: [40, 40], maxZoom: 5});
    }
    place(state.map, visible);
    state.container.setAttribute('data-visible', String(visible.length));
    status(visible.length + ' of ' + state.markers.length + ' markers shown. Click one to open its page;'
      + ' drag to move, scroll to zoom.');
  }

  function marker(d) {
    var layer = L.circleMarker([d.lat, d['long']], {
      radius: RADIUS, color: '#fff', weight: 1.5, fillColor: COLOURS[d['class']] || '#888', fillOpacity: 0.9
    });
    layer.bindTooltip(d.label + ' · ' + d.place + (d.viaEvent ? ' (where it was adopted)' : '')
      + (d.date ? ' · ' + d.date : ''));
    layer.on('click', function () {
      if (d.href) {
        window.location.href = d.href;
      }
    });
    return {data: d, layer: layer};
  }

  function draw(container) {
    status('Loading the map…');
    var map = L.map(container, {minZoom: 1, maxZoom: 9, worldCopyJump: false, attributionControl: true})
      .setView([20, 10], 2);
    map.attributionControl.setPrefix(false).addAttribution('Natural Earth (world-atlas)');
    Promise.all([json(container.getAttribute('data-outline')), json(container.getAttribute('data-src'))])
      .then(function (both) {
        L.geoJSON(both[0], {
          interactive: false,
          style: {color: '#9aa6b2', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1}
        }).addTo(map);
        var state = {map: map, container: container, layer: L.layerGroup().addTo(map), markers: both[1].map(marker)};
        window.dkgMap = state;
        container.setAttribute('data-markers', String(state.markers.length));
        map.on('zoomend', function () { apply(state, false); });
        document.querySelectorAll('[data-filter-class], [data-filter-from], [data-filter-to]').forEach(function (el) {
          el.addEventListener('input', function () { apply(state, false); });
          el.addEventListener('change', function () { apply(state, false); });
        });
        apply(state, true);
      })
      .catch(function (err) {
        container.setAttribute('data-error', String(err.message || err));
        status('The map could not be drawn: ' + (err.message || err));
      });
  }

  function start() {
    var el = document.getElementById('map');
    if (!el) {
      return;
    }
    if (typeof window.L !== 'object') {
      el.setAttribute('data-error', 'Leaflet did not load');
      status('Leaflet did not load.');
      return;
    }
    draw(el);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
