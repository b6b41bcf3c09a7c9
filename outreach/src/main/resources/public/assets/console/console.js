// The caseworkers' console: forms sent with the CSRF header, parts of the page refreshed live from the
// server's event stream, the canned-response picker and the SMS segment counter. No framework: the server
// renders every fragment, this script only fetches and swaps them.
(function () {
  'use strict';
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var page = document.body.dataset.page || '';
  var caseId = document.body.dataset.case || '';

  // ---- forms -------------------------------------------------------------------------------------
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-form')) { return; }
    event.preventDefault();
    var zone = form.querySelector('[data-zone]');
    if (zone) { zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; }
    var error = form.querySelector('.form-error');
    if (error) { error.textContent = ''; }
    var button = form.querySelector('button[type="submit"]');
    if (button) { button.disabled = true; }
    fetch(form.action, {
      method: 'POST',
      headers: {'X-CSRF-Token': token, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'},
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      if (form.hasAttribute('data-navigate') || response.redirected) { window.location.href = response.url; return null; }
      return response.json().catch(function () { return {error: 'The server answered ' + response.status + '.'}; })
        .then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (result) {
      if (!result) { return; }
      if (!result.ok || result.body.error) {
        showError(form, result.body.error || 'That did not work. Please try again.');
        return;
      }
      if (result.body.number) {
        var target = document.querySelector('[data-revealed]');
        if (target) { target.textContent = result.body.number; }
      }
      if (result.body.shown) { showOnce(result.body.shown); }
      if (result.body.reset) { form.reset(); updateCounters(); }
      refreshAll(true);
    }).catch(function () {
      showError(form, 'No connection to the server. Your text is still here; try again.');
    }).finally(function () {
      if (button) { button.disabled = false; }
    });
  });

  // A generated password or an outcome, shown in the page's notice and nowhere else: never stored.
  function showOnce(text) {
    var box = document.querySelector('[data-shown]');
    if (!box) { window.alert(text); return; }
    box.textContent = text;
    box.hidden = false;
    box.focus();
  }

  function showError(form, message) {
    var error = form.querySelector('.form-error');
    if (error) { error.textContent = message; } else { window.alert(message); }
  }

  // ---- live refresh ------------------------------------------------------------------------------
  // Many notices can arrive at once; each container is fetched at most once at a time, and once more
  // afterwards if something changed meanwhile. A container being typed in waits until focus leaves it.
  var state = new WeakMap();

  function refresh(el, force) {
    var s = state.get(el) || {busy: false, again: false};
    state.set(el, s);
    if (s.busy) { s.again = true; return; }
    if (!force && el.contains(document.activeElement) && document.activeElement !== document.body) {
      s.again = true;
      el.addEventListener('focusout', function later() {
        el.removeEventListener('focusout', later);
        setTimeout(function () { if (!el.contains(document.activeElement)) { s.again = false; refresh(el); } }, 50);
      });
      return;
    }
    s.busy = true;
    fetch(el.dataset.src, {credentials: 'same-origin', headers: {'Accept': 'text/html', 'X-Console-Background': '1'}})
      .then(function (response) {
        if (response.status === 401 || response.redirected) { toSignIn(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || html === undefined) { return; }
        // Keep keyboard focus where it was: the swapped-in element with the same id takes it back.
        var focused = el.contains(document.activeElement) ? document.activeElement.id : '';
        el.innerHTML = html;
        var again = focused && document.getElementById(focused);
        if (again) { again.focus(); }
      })
      .catch(function () { /* the next notice or the reconnect brings it up to date */ })
      .finally(function () {
        s.busy = false;
        if (s.again) { s.again = false; refresh(el); }
      });
  }

  function refreshAll(force) {
    document.querySelectorAll('[data-refresh]').forEach(function (el) { refresh(el, force); });
  }

  // ---- event stream ------------------------------------------------------------------------------
  var status = document.getElementById('connection');
  function connect() {
    if (!window.EventSource || !status) { return; }
    var source = new EventSource('/console/events' + (caseId ? '?case=' + encodeURIComponent(caseId) : ''));
    source.addEventListener('ready', function () {
      status.textContent = '';
      document.body.dataset.live = 'yes';
      refreshAll();
    });
    source.addEventListener('case', function (event) {
      var notice = JSON.parse(event.data);
      if (page === 'inbox' || notice.id === caseId) { refreshAll(); }
    });
    source.addEventListener('alert', function (event) {
      showAlert(JSON.parse(event.data));
      if (page === 'inbox') { refreshAll(); }
    });
    source.addEventListener('signed-out', function () {
      source.close();
      toSignIn();
    });
    source.onerror = function () {
      document.body.dataset.live = 'no';
      status.textContent = 'Reconnecting to live updates…';
      // A stream refused for want of a session does not come back: go and sign in again.
      fetch('/console/me', {credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-Console-Background': '1'}})
        .then(function (response) { if (response.status === 401) { source.close(); toSignIn(); } })
        .catch(function () { /* the server is unreachable: EventSource keeps retrying */ });
    };
  }

  function toSignIn() {
    window.location.href = '/console/login?next=' + encodeURIComponent(window.location.pathname + window.location.search);
  }

  var ALERTS = {
    crisis: 'Urgent: someone may be in danger.',
    overdue: 'A case has waited longer than its response time.',
    hostile: 'A hostile reply needs a supervisor.'
  };

  function showAlert(alert) {
    var box = document.getElementById('live-alerts');
    if (!box) { return; }
    var p = document.createElement('p');
    p.className = 'alert ' + alert.kind;
    var text = document.createElement('strong');
    text.textContent = ALERTS[alert.kind] || 'A case needs attention.';
    var link = document.createElement('a');
    link.href = '/console/cases/' + encodeURIComponent(alert.id);
    link.textContent = 'Open the case';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'link';
    close.setAttribute('aria-label', 'Dismiss this alert');
    close.textContent = '×';
    close.addEventListener('click', function () { p.remove(); });
    p.append(text, ' ', link, ' ', close);
    box.prepend(p);
  }

  // ---- canned responses and the segment counter --------------------------------------------------
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.hasAttribute('data-canned')) { return; }
    var option = select.options[select.selectedIndex];
    var text = document.getElementById('reply-text');
    if (text && option && option.dataset.text) {
      text.value = option.dataset.text;
      updateCounters();
      text.focus();
    }
  });
  document.addEventListener('input', function (event) {
    if (event.target.hasAttribute('data-segments')) { updateCounters(); }
  });

  // GSM 03.38: the basic set counts 1, the extension set 2; anything else makes the message UCS-2.
  var GSM = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var GSM_EXT = '^{}\\[~]|€\f';

  function segments(text) {
    var units = 0;
    var gsm = true;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (GSM.indexOf(c) >= 0) { units += 1; } else if (GSM_EXT.indexOf(c) >= 0) { units += 2; } else { gsm = false; break; }
    }
    if (!gsm) {
      units = 0;
      for (var j = 0; j < text.length; j++) { units += 1; }
      return {chars: text.length, parts: units === 0 ? 0 : units <= 70 ? 1 : Math.ceil(units / 67), unicode: true};
    }
    return {chars: text.length, parts: units === 0 ? 0 : units <= 160 ? 1 : Math.ceil(units / 153), unicode: false};
  }

  function updateCounters() {
    document.querySelectorAll('[data-segments]').forEach(function (input) {
      var out = document.getElementById(input.dataset.segments);
      if (!out) { return; }
      var s = segments(input.value);
      out.textContent = s.chars + ' characters, ' + s.parts + (s.parts === 1 ? ' SMS' : ' SMS parts') +
        (s.unicode ? ' (special characters make each part shorter)' : '');
    });
  }

  updateCounters();
  connect();
}());
