// The review page's script: filters, search, keyboard, and saving through the local API.
// Plain browser JavaScript, shipped inline with a CSP nonce; no framework, nothing fetched.
// The server decides (versions, check errors); the script shows what it answered: a refused save
// keeps the editor's text beside the disk's, an approval with errors waits for a confirmation.
export const REVIEW_SCRIPT = String.raw`
(() => {
  const body = document.body;
  const token = body.dataset.token;
  const words = JSON.parse(body.dataset.words || '{}');
  const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  const rows = () => [...document.querySelectorAll('tr.entry')];
  const visible = () => rows().filter((row) => !row.hidden);
  const notice = document.querySelector('.notice');
  let current = null;
  let filter = 'all';

  function say(message, kind) {
    if (!notice) return;
    notice.textContent = message;
    notice.className = 'notice ' + (kind || '');
    notice.hidden = !message;
  }

  function focusRow(row) {
    if (!row) return;
    if (current) current.classList.remove('current');
    current = row;
    row.classList.add('current');
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  function apply() {
    const query = (document.querySelector('.search')?.value || '').toLowerCase();
    for (const row of rows()) {
      const state = row.dataset.state;
      const matches = filter === 'all' || (filter === 'findings' ? Number(row.dataset.findings) > 0 : state === filter);
      const text = (row.querySelector('.source .text').textContent + ' ' + row.querySelector('textarea').value).toLowerCase();
      row.hidden = !(matches && (!query || text.includes(query)));
    }
  }

  function replaceRow(row, html) {
    const holder = document.createElement('tbody');
    holder.innerHTML = html;
    const fresh = holder.firstElementChild;
    fresh.id = row.id;
    fresh.querySelector('.pick input').checked = row.querySelector('.pick input').checked;
    row.replaceWith(fresh);
    if (current === row) focusRow(fresh);
    return fresh;
  }

  function askConfirmation(row, action, rules) {
    const box = row.querySelector('.confirm');
    box.querySelector('p').textContent = fill(words.confirmQuestion, { rules: rules.join(', ') });
    box.dataset.rules = rules.join(' ');
    box.dataset.action = action;
    box.hidden = false;
    box.querySelector('.approve-anyway').focus();
  }

  async function send(row, action, extra) {
    const status = row.querySelector('.status');
    status.textContent = words.saving;
    const textarea = row.querySelector('textarea');
    let response;
    let reply;
    try {
      response = await fetch('/api/entry', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Editions-Token': token },
        body: JSON.stringify({ language: body.dataset.language, slug: body.dataset.slug, version: row.dataset.version, key: row.dataset.key, action, translation: textarea.value, ...extra }),
      });
      reply = await response.json();
    } catch {
      reply = { message: words.noAnswer };
    }
    if (response && response.status === 422 && Array.isArray(reply.confirm)) {
      status.textContent = words.notSaved;
      askConfirmation(row, action, reply.confirm);
      return false;
    }
    if (reply.row) row = replaceRow(row, reply.row);
    if (!response || !response.ok) {
      say(reply.message || words.notSaved, 'error');
      row.querySelector('.status').textContent = words.notSaved;
      return false;
    }
    say('');
    row.querySelector('.status').textContent = action === 'approve' ? words.approvedSaved : action === 'revert' ? words.revertedSaved : words.saved;
    apply();
    return true;
  }

  const handlers = {
    approve: (row) => send(row, 'approve'),
    save: (row) => send(row, 'save'),
    revert: (row) => send(row, 'revert'),
    'approve-anyway': (row, button) => {
      const box = button.closest('.confirm');
      box.hidden = true;
      send(row, box.dataset.action || 'approve', { confirmedDespite: (box.dataset.rules || '').split(' ').filter(Boolean) });
    },
    cancel: (row, button) => {
      button.closest('.confirm').hidden = true;
      row.querySelector('.status').textContent = words.notSaved;
    },
    // A refused save: send the editor's text again, now against the version on disk.
    'keep-mine': (row) => send(row, row.dataset.pending || 'save'),
    'take-theirs': (row) => {
      row.querySelector('textarea').value = row.querySelector('.theirs').dataset.text || '';
      row.querySelector('.conflict').remove();
      delete row.dataset.pending;
      say('');
    },
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    const row = event.target.closest('tr.entry');
    if (!button) {
      if (row) focusRow(row);
      return;
    }
    if (button.classList.contains('filter')) {
      filter = button.dataset.filter;
      for (const other of document.querySelectorAll('.filter')) other.setAttribute('aria-pressed', String(other === button));
      apply();
      return;
    }
    if (button.classList.contains('approve-selected')) return void approveSelected();
    const name = Object.keys(handlers).find((key) => button.classList.contains(key));
    if (name && row) handlers[name](row, button);
  });

  async function approveSelected() {
    const picked = rows().filter((row) => !row.hidden && row.querySelector('.pick input').checked);
    const ready = picked.filter((row) => !row.dataset.errors && row.dataset.findings === '0');
    if (!picked.length) return say(words.selectFirst, 'info');
    for (const row of ready) if (!(await send(document.getElementById(row.id), 'approve'))) return;
    say(fill(words.approvedCount, { count: ready.length, picked: picked.length }), 'info');
  }

  // The preview follows the typing: rendered by the server's sanitized pipeline, a moment after the last key.
  const previewTimers = new WeakMap();
  async function refreshPreview(textarea) {
    const row = textarea.closest('tr.entry');
    const preview = row && row.querySelector('.preview');
    if (!preview) return;
    try {
      const response = await fetch('/api/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Editions-Token': token },
        body: JSON.stringify({ text: textarea.value }),
      });
      if (!response.ok) return;
      const reply = await response.json();
      if (!row.isConnected || row.querySelector('textarea') !== textarea) return;
      preview.innerHTML = reply.html;
      preview.hidden = !reply.markup;
    } catch {
      // The preview is a convenience; saving reports real problems.
    }
  }

  document.addEventListener('input', (event) => {
    if (event.target.classList.contains('search')) apply();
    if (event.target.tagName === 'TEXTAREA') {
      clearTimeout(previewTimers.get(event.target));
      previewTimers.set(event.target, setTimeout(() => refreshPreview(event.target), 250));
    }
  });

  document.addEventListener('keydown', (event) => {
    const editing = event.target.tagName === 'TEXTAREA';
    const row = event.target.closest ? event.target.closest('tr.entry') : null;
    if (editing) {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') { event.preventDefault(); send(row, 'approve'); }
      else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') { event.preventDefault(); send(row, 'save'); }
      else if (event.key === 'Escape') { event.preventDefault(); focusRow(row); }
      return;
    }
    if (event.target.tagName === 'INPUT' || event.target.tagName === 'BUTTON' || event.ctrlKey || event.metaKey || event.altKey) return;
    const list = visible();
    const at = list.indexOf(current);
    if (event.key === 'j' || event.key === 'ArrowDown') { event.preventDefault(); focusRow(list[Math.min(list.length - 1, at + 1)] || list[0]); }
    else if (event.key === 'k' || event.key === 'ArrowUp') { event.preventDefault(); focusRow(list[Math.max(0, at - 1)] || list[0]); }
    else if ((event.key === 'e' || event.key === 'Enter') && current) { event.preventDefault(); current.querySelector('textarea').focus(); }
    else if (event.key === 'a' && current) { event.preventDefault(); send(current, 'approve'); }
  });

  apply();
  focusRow(visible()[0]);
})();
`;
