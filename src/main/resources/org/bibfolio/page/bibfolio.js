/*
 * bibfolio's publication page: the filter box and the copy-BibTeX buttons. Inlined into the page and the fragment
 * by `bibfolio export --format html`. Without JavaScript the page shows every paper and keeps the box and the copy
 * buttons hidden (their `hidden` attribute), so nothing on it is dead.
 */
(() => {
  'use strict';

  /* Letters that Unicode does not decompose into a base letter and a mark. */
  const UNDECOMPOSED = { 'ł': 'l', 'đ': 'd', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ı': 'i', 'þ': 'th', 'ð': 'd' };

  /* "Łukasz Müller" and "lukasz muller" fold alike, as bibfolio's search folds names. */
  const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[łđøæœßıþð]/g, (letter) => UNDECOMPOSED[letter]);

  /* The words of a query; "a phrase in quotes" is one word. */
  const words = (query) => Array.from(fold(query).matchAll(/"([^"]+)"|(\S+)/g), (m) => (m[1] || m[2]).trim())
    .filter((word) => word.length > 0);

  const queryInHash = () => new URLSearchParams(window.location.hash.slice(1)).get('q') || '';

  const haystackOf = (paper) => fold([
    paper.querySelector('.bf-cite').textContent,
    paper.dataset.year || '',
    paper.dataset.venue || '',
    paper.dataset.venueName || '',
    paper.dataset.tags || '',
    paper.dataset.authors || '',
  ].join(' '));

  const setUpFilter = (root) => {
    const form = root.querySelector('.bf-filter');
    if (!form) {
      return;
    }
    const input = form.querySelector('input[type="search"]');
    const count = form.querySelector('.bf-count');
    const empty = root.querySelector('.bf-empty');
    const papers = Array.from(root.querySelectorAll('.bf-paper'), (element) => ({
      element,
      key: element.dataset.key,
      haystack: haystackOf(element),
    }));
    const total = new Set(papers.map((paper) => paper.key)).size;
    const plural = (n) => (n === 1 ? '1 paper' : `${n} papers`);

    const apply = (query) => {
      const wanted = words(query);
      const shown = new Set();
      papers.forEach((paper) => {
        const match = wanted.every((word) => paper.haystack.includes(word));
        paper.element.hidden = !match;
        if (match) {
          shown.add(paper.key);
        }
      });
      root.querySelectorAll('.bf-group, .bf-section').forEach((group) => {
        group.hidden = !group.querySelector('.bf-paper:not([hidden])');
      });
      root.querySelectorAll('.bf-toc a').forEach((link) => {
        const target = root.querySelector(`[id="${link.hash.slice(1)}"]`);
        link.parentElement.hidden = Boolean(target && target.hidden);
      });
      count.textContent = wanted.length ? `${plural(shown.size)} of ${total} shown` : plural(total);
      if (empty) {
        empty.hidden = shown.size > 0;
      }
    };

    const keepInHash = (query) => {
      const base = window.location.pathname + window.location.search;
      const hash = query.trim() ? `#${new URLSearchParams({ q: query }).toString()}` : '';
      window.history.replaceState(null, '', base + hash);
    };

    form.addEventListener('submit', (event) => event.preventDefault());
    input.addEventListener('input', () => {
      apply(input.value);
      keepInHash(input.value);
    });
    window.addEventListener('hashchange', () => {
      if (window.location.hash.startsWith('#q=')) {
        input.value = queryInHash();
        apply(input.value);
      }
    });
    input.value = queryInHash();
    apply(input.value);
    form.hidden = false;
  };

  /* Where the asynchronous clipboard is refused (an http: page), a selected text area and the copy command. */
  const copyByCommand = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'bf-sr';
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  };

  const setUpCopyButtons = (root) => {
    const status = root.querySelector('.bf-status');
    root.querySelectorAll('.bf-copy').forEach((button) => {
      const label = button.textContent;
      const paper = button.closest('.bf-paper');
      const text = paper.querySelector('.bf-bibtex code').textContent;
      const report = (message) => {
        button.textContent = message;
        if (status) {
          status.textContent = `${message}: ${paper.dataset.key}`;
        }
        window.setTimeout(() => { button.textContent = label; }, 2000);
      };
      button.addEventListener('click', () => {
        const fallback = () => {
          if (copyByCommand(text)) {
            report('Copied');
          } else {
            paper.querySelector('.bf-bibtex').open = true;
            report('Copy failed: select the BibTeX below');
          }
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(() => report('Copied'), fallback);
        } else {
          fallback();
        }
      });
      button.hidden = false;
    });
  };

  const setUp = () => {
    document.querySelectorAll('.bf-publications').forEach((root) => {
      if (root.dataset.bfReady) {
        return;
      }
      root.dataset.bfReady = 'true';
      setUpFilter(root);
      setUpCopyButtons(root);
    });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
