// The simulator page: one made-up phone texting one of our numbers, replies arriving live over SSE.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const fromInput = $('from'), toSelect = $('to'), thread = $('thread'), errorBox = $('error');
  const shown = new Map(); // message id -> list item, so repeated events update in place
  let source = null;

  function madeUpPhone() {
    // 555-0100..0199 are reserved for fiction in North America, so a made-up phone never reaches anyone.
    const last = String(100 + Math.floor(Math.random() * 100)).padStart(4, '0');
    return '+1206555' + last;
  }

  const linked = new URLSearchParams(location.search); // ?from=&to= opens a given conversation

  function rememberedPhone() {
    if (linked.get('from')) return linked.get('from');
    const saved = localStorage.getItem('intercede.simulator.from');
    if (saved) return saved;
    const phone = madeUpPhone();
    localStorage.setItem('intercede.simulator.from', phone);
    return phone;
  }

  function showError(text) { errorBox.textContent = text || ''; }

  function render(message) {
    let item = shown.get(message.id);
    if (!item) {
      const empty = thread.querySelector('.empty');
      if (empty) empty.remove();
      item = document.createElement('li');
      shown.set(message.id, item);
      thread.appendChild(item);
    }
    item.className = message.side;
    item.textContent = message.body;
    const meta = document.createElement('small');
    const time = new Date(message.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    // The phone's own texts reached us once stored; replies show their send status only when it failed.
    const state = message.side === 'sent' ? 'delivered' : (message.status === 'failed' ? 'not sent' : '');
    meta.textContent = state ? time + ' · ' + state : time;
    item.appendChild(meta);
    thread.scrollTop = thread.scrollHeight;
  }

  function connect() {
    if (source) source.close();
    shown.clear();
    thread.innerHTML = '<li class="empty">No messages yet. Say hello.</li>';
    const option = toSelect.selectedOptions[0];
    $('peer').textContent = option ? option.textContent : '…';
    const roleHints = {
      decoy: 'Role: decoy. The deterrence bot answers like a person: after 20-90 seconds.',
      test: 'Role: test. It echoes what you send.',
      outreach: 'Role: outreach. Replies are kept for caseworkers; STOP, START and HELP are answered.',
      deterrence: 'Role: deterrence. It sends deterrence messages and answers nothing else.',
    };
    $('to-role').textContent = option ? (roleHints[option.dataset.role] || 'Role: ' + option.dataset.role) : '';
    const live = $('live');
    live.textContent = 'connecting'; live.className = 'live';
    const query = new URLSearchParams({ from: fromInput.value, to: toSelect.value });
    source = new EventSource('/api/simulator/events?' + query);
    source.addEventListener('open', () => { live.textContent = 'live'; live.className = 'live on'; showError(''); });
    source.addEventListener('message', (e) => render(JSON.parse(e.data)));
    source.addEventListener('error', () => { live.textContent = 'reconnecting'; live.className = 'live'; });
  }

  async function loadNumbers() {
    const response = await fetch('/api/simulator/numbers');
    const numbers = await response.json();
    toSelect.innerHTML = '';
    for (const n of numbers) {
      const option = document.createElement('option');
      option.value = n.number;
      option.textContent = n.label + ' · ' + n.number;
      option.dataset.role = n.role;
      toSelect.appendChild(option);
    }
    const savedTo = linked.get('to') || localStorage.getItem('intercede.simulator.to');
    if (savedTo && numbers.some((n) => n.number === savedTo)) toSelect.value = savedTo;
  }

  async function send(event) {
    event.preventDefault();
    const body = $('body').value;
    if (!body.trim()) return;
    const response = await fetch('/api/simulator/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: fromInput.value, to: toSelect.value, body }),
    });
    if (response.ok) {
      render(await response.json());
      $('body').value = '';
      showError('');
    } else {
      const problem = await response.json().catch(() => ({}));
      showError(problem.error || ('Could not send (HTTP ' + response.status + ')'));
    }
  }

  fromInput.value = rememberedPhone();
  fromInput.addEventListener('change', () => { localStorage.setItem('intercede.simulator.from', fromInput.value); connect(); });
  toSelect.addEventListener('change', () => { localStorage.setItem('intercede.simulator.to', toSelect.value); connect(); });
  $('new-phone').addEventListener('click', () => {
    fromInput.value = madeUpPhone();
    localStorage.setItem('intercede.simulator.from', fromInput.value);
    connect();
  });
  $('compose').addEventListener('submit', send);
  $('body').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('compose').requestSubmit(); }
  });
  loadNumbers().then(connect).catch(() => showError('Cannot reach the server.'));
})();
