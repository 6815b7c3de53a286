// Draws the graphs of the entity pages (#mini-graph) and of the graph page (#graph) with Cytoscape.js, from
// /export/cytoscape. Nodes are coloured by class and sized by degree; a tap opens the node's page. The drawn graph
// is kept in window.dkgGraphs[containerId] and its size in the container's data-nodes/data-edges attributes.
(function () {
  'use strict';
  var COLOURS = {
    Organization: '#1f77b4', Country: '#d62728', Place: '#2ca02c', Person: '#9467bd', Agreement: '#e07b00',
    Event: '#138d9c', EventSeries: '#8c564b', Document: '#6b6b6b'
  };
  window.dkgGraphs = window.dkgGraphs || {};

  function localUrl(id, base) {
    return id && base && id.indexOf(base) === 0 ? '/id/' + id.substring(base.length) : null;
  }

  function degree(node) {
    var d = node.data('degree');
    return typeof d === 'number' ? d : node.degree(false);
  }

  function status(text, id) {
    var el = document.getElementById((id || 'graph') + '-status');
    if (el) {
      el.textContent = text;
    }
  }

  function style(maxDegree, focus) {
    var span = Math.max(1, maxDegree);
    return [
      {selector: 'node', style: {
        'background-color': function (n) { return COLOURS[n.data('class')] || '#999'; },
        'label': 'data(label)', 'font-size': 10, 'color': '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': '140px', 'min-zoomed-font-size': 5,
        'width': function (n) { return 14 + 40 * Math.sqrt(degree(n) / span); },
        'height': function (n) { return 14 + 40 * Math.sqrt(degree(n) / span); },
        'border-width': 1, 'border-color': '#fff'
      }},
      {selector: 'node[id = "' + (focus || '').replace(/["\\]/g, '') + '"]', style: {
        'border-width': 4, 'border-color': '#122b45', 'font-weight': 'bold'
      }},
      {selector: 'edge', style: {
        'width': 1.5, 'line-color': '#b6bfcc', 'target-arrow-color': '#b6bfcc', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.8, 'label': 'data(label)', 'font-size': 8, 'color': '#5d6778',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-background-padding': 1, 'min-zoomed-font-size': 8
      }},
      {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#ffd43b'}}
    ];
  }

  // Force-directed layout (cose, built into Cytoscape) of what is shown, so hidden nodes leave no gaps.
  function layout(cy) {
    cy.elements().filter(function (e) { return e.visible(); }).layout({
      name: 'cose', animate: false, randomize: true, padding: 20,
      nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; }
    }).run();
  }

  function applyFilters(cy, container) {
    var classes = {};
    document.querySelectorAll('[data-filter-class]').forEach(function (box) {
      classes[box.getAttribute('data-filter-class')] = box.checked;
    });
    var isolated = document.querySelector('[data-filter-isolated]');
    var fromEl = document.querySelector('[data-filter-from]');
    var toEl = document.querySelector('[data-filter-to]');
    var from = fromEl ? fromEl.value.trim() : '';
    var to = toEl ? toEl.value.trim() : '';
    var visible = {};
    cy.nodes().forEach(function (n) {
      var date = n.data('date');
      visible[n.id()] = classes[n.data('class')] !== false && !(date && from && date < from)
        && !(date && to && date.substring(0, to.length) > to);
    });
    if (isolated && isolated.checked) {
      var linked = {};
      cy.edges().forEach(function (e) {
        if (visible[e.source().id()] && visible[e.target().id()] && e.source().id() !== e.target().id()) {
          linked[e.source().id()] = true;
          linked[e.target().id()] = true;
        }
      });
      Object.keys(visible).forEach(function (id) {
        visible[id] = visible[id] && linked[id] === true;
      });
    }
    var shown = 0;
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.style('display', visible[n.id()] ? 'element' : 'none');
        shown += visible[n.id()] ? 1 : 0;
      });
    });
    layout(cy);
    container.setAttribute('data-visible', String(shown));
    status(shown + ' of ' + cy.nodes().length + ' entities shown. Click one to open its page;'
      + ' drag to move, scroll to zoom.');
  }

  function draw(container) {
    var focus = container.getAttribute('data-focus');
    var hops = container.getAttribute('data-hops') || '1';
    var base = container.getAttribute('data-base');
    var url = '/export/cytoscape' + (focus ? '?focus=' + encodeURIComponent(focus) + '&hops=' + hops : '');
    status('Loading the graph…', container.id);
    fetch(url, {headers: {Accept: 'application/json'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('the graph export answered ' + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        var elements = data.elements || {nodes: [], edges: []};
        var nodes = elements.nodes || [];
        var maxDegree = 1;
        nodes.forEach(function (n) {
          if (typeof n.data.degree === 'number') {
            maxDegree = Math.max(maxDegree, n.data.degree);
          }
        });
        var cy = cytoscape({
          container: container, elements: elements, style: style(maxDegree, focus), layout: {name: 'preset'},
          minZoom: 0.1, maxZoom: 4
        });
        if (typeof nodes[0] === 'object' && typeof nodes[0].data.degree !== 'number') {
          var computed = 1;
          cy.nodes().forEach(function (n) { computed = Math.max(computed, n.degree(false)); });
          cy.style(style(computed, focus));
        }
        cy.on('tap', 'node', function (e) {
          var target = localUrl(e.target.id(), base);
          if (target) {
            window.location.href = target;
          }
        });
        window.dkgGraphs[container.id] = cy;
        container.setAttribute('data-nodes', String(cy.nodes().length));
        container.setAttribute('data-edges', String(cy.edges().length));
        if (container.id === 'graph') {
          var filters = '[data-filter-class], [data-filter-from], [data-filter-to], [data-filter-isolated]';
          document.querySelectorAll(filters).forEach(function (el) {
            el.addEventListener('input', function () { applyFilters(cy, container); });
            el.addEventListener('change', function () { applyFilters(cy, container); });
          });
          applyFilters(cy, container);
        } else {
          layout(cy);
          status(cy.nodes().length + ' entities; click one to open its page.', container.id);
        }
      })
      .catch(function (err) {
        container.setAttribute('data-error', String(err.message || err));
        status('The graph could not be drawn: ' + (err.message || err), container.id);
      });
  }

  function start() {
    if (typeof window.cytoscape !== 'function') {
      status('Cytoscape.js did not load.');
      return;
    }
    ['graph', 'mini-graph'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        draw(el);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
