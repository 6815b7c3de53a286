// Autocomplete for the search box. Without JavaScript the box is a plain form that submits to /search.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var results = [];
  var active = -1;
  var timer = null;
  var seq = 0;

  function segment(cls) {
    return (cls || '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  }

  function close() {
    list.hidden = true;
    list.textContent = '';
    results = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(found) {
    list.textContent = '';
    results = found;
    active = -1;
    found.forEach(function (r, i) {
      var li = document.createElement('li');
      li.id = 'q-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      var chip = document.createElement('span');
      chip.className = 'chip k-' + segment(r['class']);
      chip.textContent = r['class'].replace(/([a-z])([A-Z])/g, '$1 $2');
      var name = document.createElement('span');
      name.className = 'label';
      name.textContent = r.label;
      li.appendChild(chip);
      li.appendChild(name);
      if (r.matched && r.matched !== r.label) {
        var m = document.createElement('span');
        m.className = 'matched';
        m.textContent = r.matched;
        li.appendChild(m);
      }
      li.addEventListener('mousedown', function (e) {
        e.preventDefault();
        open(i);
      });
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
  }

  function highlight(i) {
    var options = list.querySelectorAll('li');
    options.forEach(function (li, j) {
      li.setAttribute('aria-selected', j === i ? 'true' : 'false');
    });
    active = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({block: 'nearest'});
    }
  }

  function open(i) {
    if (results[i] && results[i].url) {
      window.location.href = results[i].url;
    }
  }

  function lookup() {
    var q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    var mine = ++seq;
    fetch('/api/search?limit=8&q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        if (mine === seq) {
          show(found);
        }
      })
      .catch(function () { close(); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (list.hidden) {
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight(Math.min(results.length - 1, active + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      open(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', function () {
    setTimeout(close, 150);
  });
}());
