// The review page's script: filters, search, keyboard, and saving through the local API.
// Plain browser JavaScript, shipped inline with a CSP nonce; no framework, nothing fetched.
export const REVIEW_SCRIPT = String.raw`
(() => {
  const body = document.body;
  const token = body.dataset.token;
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
      const matches =
        filter === 'all' ||
        (filter === 'findings' ? Number(row.dataset.findings) > 0 : state === filter);
      const text = (row.querySelector('.source .text').textContent + ' ' + row.querySelector('textarea').value).toLowerCase();
      row.hidden = !(matches && (!query || text.includes(query)));
    }
  }

  async function send(row, action, extra) {
    const textarea = row.querySelector('textarea');
    const status = row.querySelector('.status');
    status.textContent = 'Saving…';
    const response = await fetch('/api/entry', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Editions-Token': token },
      body: JSON.stringify({
        language: body.dataset.language,
        slug: body.dataset.slug,
        version: body.dataset.version,
        key: row.dataset.key,
        action,
        translation: textarea.value,
        ...extra,
      }),
    });
    const reply = await response.json().catch(() => ({ message: 'The server gave no answer.' }));
    if (reply.version) body.dataset.version = reply.version;
    if (reply.row) {
      const holder = document.createElement('tbody');
      holder.innerHTML = reply.row;
      const fresh = holder.firstElementChild;
      fresh.id = row.id;
      row.replaceWith(fresh);
      if (current === row) focusRow(fresh);
      row = fresh;
    }
    if (!response.ok) {
      say(reply.message || 'The change was not saved.', 'error');
      row.querySelector('.status').textContent = 'Not saved';
      return false;
    }
    say('');
    row.querySelector('.status').textContent = action === 'approve' ? 'Approved and saved' : action === 'revert' ? 'Reverted and saved' : 'Saved';
    apply();
    return true;
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) {
      const row = event.target.closest('tr.entry');
      if (row) focusRow(row);
      return;
    }
    const row = button.closest('tr.entry');
    if (button.classList.contains('filter')) {
      filter = button.dataset.filter;
      for (const other of document.querySelectorAll('.filter')) other.setAttribute('aria-pressed', String(other === button));
      apply();
    } else if (button.classList.contains('approve')) send(row, 'approve');
    else if (button.classList.contains('save')) send(row, 'save');
    else if (button.classList.contains('revert')) send(row, 'revert');
    else if (button.classList.contains('approve-selected')) approveSelected();
  });

  async function approveSelected() {
    const picked = rows().filter((row) => !row.hidden && row.querySelector('.pick input').checked);
    const ready = picked.filter((row) => row.dataset.errors === '0' && row.dataset.findings === '0');
    if (!picked.length) return say('Select entries first (the boxes on the left).', 'info');
    for (const row of ready) if (!(await send(row, 'approve'))) return;
    const skipped = picked.length - ready.length;
    say('Approved ' + ready.length + ' entr' + (ready.length === 1 ? 'y' : 'ies') + (skipped ? '; ' + skipped + ' with findings were left for you to look at.' : '.'), 'info');
  }

  document.addEventListener('input', (event) => {
    if (event.target.classList.contains('search')) apply();
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
    if (event.target.tagName === 'INPUT' || event.ctrlKey || event.metaKey || event.altKey) return;
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
