// reportminer search page. Every piece of report data is untrusted scraped text: the DOM is
// built with createElement and textContent only (nothing is parsed as HTML), and hits and entities are
// marked from their offsets, so markup inside a report shows as text.

import { routeView, viewLinks, entityHash } from './views.js';

const FACETS = [
  ['organization', '机构', 'org'],
  ['place', '地点', 'place'],
  ['person', '人物', 'person'],
  ['year', '年份', 'year'],
  ['category', '类别', 'category'],
  ['theme', '主题', 'theme'],
];
const FILTER_PARAMS = FACETS.map((f) => f[2]);
const FILTER_LABELS = Object.fromEntries(FACETS.map((f) => [f[2], f[1]]));
const ENTITY_KINDS = [
  ['org', '机构'], ['person', '人物'], ['place', '地点'], ['date', '日期'], ['num', '数字'],
];
const MENTION_KIND = { ORG: 'org', PERSON: 'person', PLACE: 'place' };
const ENTITY_TYPE = { org: 'organization', person: 'person', place: 'place' };
const LIMIT = 10;

const $ = (id) => document.getElementById(id);
let sequence = 0;
let lastSearchHash = '#/';

/** Creates an element with a class and text (text, never HTML). */
function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Appends text to parent with the [start,end) spans (offsets shifted by base) in <mark>s. */
function appendMarked(parent, text, base, spans, markClass) {
  let pos = 0;
  for (const s of spans) {
    const start = Math.max(pos, s.start - base);
    const end = Math.min(text.length, s.end - base);
    if (end <= start) continue;
    parent.append(document.createTextNode(text.slice(pos, start)));
    parent.append(el('mark', markClass, text.slice(start, end)));
    pos = end;
  }
  parent.append(document.createTextNode(text.slice(pos)));
}

async function getJson(url) {
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('无法连接服务器');
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error('服务器返回了无效的数据（HTTP ' + res.status + '）');
  }
  if (!res.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + res.status);
  return body;
}

// ---- routing: #/search?…, #/report/ID; the hash is the whole state, so Back works.

function route() {
  const hash = location.hash || '#/';
  if (routeView(hash)) return;
  const report = hash.match(/^#\/report\/([0-9a-f]{16})$/);
  if (report) {
    showReport(report[1]);
    return;
  }
  const similar = hash.match(/^#\/similar\/([0-9a-f]{16})$/);
  if (similar) {
    lastSearchHash = hash;
    showSimilar(similar[1]);
    return;
  }
  const params = new URLSearchParams(hash.startsWith('#/search?') ? hash.slice(9) : '');
  lastSearchHash = hash;
  showSearch(params);
}

function searchHash(params) {
  const p = new URLSearchParams();
  for (const [k, v] of params) if (v !== '' && v !== null) p.append(k, v);
  const s = p.toString();
  return s ? '#/search?' + s : '#/';
}

function go(params) {
  const h = searchHash(params);
  if (location.hash === h) route(); else location.hash = h;
}

/** True when the hash asks for near-duplicates collapsed (collapse=1). */
function collapsed(params) {
  return ['1', 'true'].includes(params.get('collapse'));
}

function currentParams() {
  return new URLSearchParams(lastSearchHash.startsWith('#/search?') ? lastSearchHash.slice(9) : '');
}

// ---- search view

function showSearch(params) {
  $('report-view').hidden = true;
  $('search-view').hidden = false;
  $('q').value = params.get('q') || '';
  $('sort').value = params.get('sort') === 'date' ? 'date' : 'relevance';
  $('from').value = params.get('from') || '';
  $('to').value = params.get('to') || '';
  $('collapse').checked = collapsed(params);
  renderActiveFilters(params);
  const hasAny = params.get('q') || params.get('from') || params.get('to')
      || FILTER_PARAMS.some((f) => params.getAll(f).length > 0);
  $('intro').hidden = !!hasAny;
  if (!hasAny) {
    clear($('results'), $('pager'), $('facets'));
    setStatus('');
    return;
  }
  const api = new URLSearchParams(params);
  if (!api.get('limit')) api.set('limit', String(LIMIT));
  const mine = ++sequence;
  setStatus('正在搜索…');
  getJson('/api/search?' + api.toString()).then((r) => {
    if (mine !== sequence) return;
    renderResults(r, params);
  }, (err) => {
    if (mine !== sequence) return;
    clear($('results'), $('pager'), $('facets'));
    setStatus(err.message, true);
  });
}

function clear(...nodes) {
  for (const n of nodes) n.replaceChildren();
  $('export').hidden = true;
  $('to-timeline').hidden = true;
  $('to-kwic').hidden = true;
}

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!isError);
}

function renderActiveFilters(params) {
  const box = $('active-filters');
  box.replaceChildren();
  const chips = [];
  for (const name of FILTER_PARAMS) {
    for (const value of params.getAll(name)) chips.push([name, value, FILTER_LABELS[name] + '：' + value]);
  }
  if (params.get('from')) chips.push(['from', params.get('from'), '自 ' + params.get('from')]);
  if (params.get('to')) chips.push(['to', params.get('to'), '至 ' + params.get('to')]);
  for (const [name, value, label] of chips) {
    const b = el('button', 'chip');
    b.type = 'button';
    b.dataset.filter = name;
    b.dataset.value = value;
    b.setAttribute('aria-label', '移除筛选 ' + label);
    b.append(el('span', null, label), el('span', 'x', '×'));
    b.addEventListener('click', () => {
      const p = new URLSearchParams(params);
      const rest = p.getAll(name).filter((v) => v !== value);
      p.delete(name);
      rest.forEach((v) => p.append(name, v));
      p.delete('page');
      go(p);
    });
    box.append(b);
  }
}

function renderResults(r, params) {
  const exp = new URLSearchParams(params);
  exp.delete('page');
  exp.set('limit', '1000');
  $('export').href = '/api/export.csv?' + exp.toString();
  $('export').hidden = r.totalHits + r.partialHits === 0;
  const list = $('results');
  list.replaceChildren();
  const total = r.totalHits;
  let status = total > 0 ? '找到 ' + total + ' 篇报告' : '没有完全匹配的报告';
  if (r.partialHits > 0) status += '，另有 ' + r.partialHits + ' 篇部分匹配';
  if (collapsed(params)) status += '，近似重复已合并';
  setStatus(status + (r.pages > 1 ? '（第 ' + r.page + ' / ' + r.pages + ' 页）' : ''));
  viewLinks(params, r.totalHits > 0);
  for (const h of r.hits) list.append(renderHit(h));
  renderPager(r, params);
  renderFacets(r.facets || {}, params);
}

function renderHit(h) {
  const li = el('li', h.partial ? 'hit partial' : 'hit');
  li.dataset.id = h.id;
  const title = el('a', 'hit-title');
  title.href = '#/report/' + h.id;
  appendMarked(title, h.title || '（无标题）', 0, h.titleHits || [], 'hit-mark');
  const head = el('div');
  head.append(title);
  if (h.partial) head.append(el('span', 'tag', '部分匹配'));
  li.append(head);
  const meta = el('div', 'hit-meta');
  const parts = [];
  if (h.published) parts.push(h.published);
  if (h.organizations && h.organizations.length) parts.push(h.organizations.slice(0, 3).join('、'));
  if (h.places && h.places.length) parts.push(h.places.slice(0, 3).join('、'));
  const src = h.source && (h.source.url || h.source.path);
  if (src) parts.push(src);
  parts.forEach((p, i) => {
    if (i > 0) meta.append(el('span', 'sep', '|'));
    meta.append(el('span', null, p));
  });
  li.append(meta);
  for (const s of h.snippets || []) {
    const p = el('p', 'snippet');
    if (s.start > 0) p.append(document.createTextNode('…'));
    appendMarked(p, s.text, s.start, s.hits || [], 'hit-mark');
    if (s.end < (h.textLength || 0)) p.append(document.createTextNode('…'));
    li.append(p);
  }
  const actions = el('div', 'hit-actions');
  const open = el('a', null, '阅读全文');
  open.href = '#/report/' + h.id;
  const like = el('a', 'similar-link', '相似报告');
  like.href = '#/similar/' + h.id;
  actions.append(open, like);
  li.append(actions);
  return li;
}

function renderPager(r, params) {
  const nav = $('pager');
  nav.replaceChildren();
  if (r.pages <= 1) return;
  const link = (page, label, current) => {
    if (current) {
      const s = el('span', null, label);
      s.setAttribute('aria-current', 'page');
      return s;
    }
    const a = el('a', null, label);
    const p = new URLSearchParams(params);
    p.set('page', String(page));
    a.href = searchHash(p);
    a.setAttribute('aria-label', '第 ' + page + ' 页');
    return a;
  };
  if (r.page > 1) nav.append(link(r.page - 1, '上一页', false));
  const first = Math.max(1, r.page - 4);
  const last = Math.min(r.pages, first + 8);
  for (let i = first; i <= last; i++) nav.append(link(i, String(i), i === r.page));
  if (r.page < r.pages) nav.append(link(r.page + 1, '下一页', false));
}

function renderFacets(facets, params) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, label, param] of FACETS) {
    const values = facets[dim];
    if (!values || values.length === 0) continue;
    const section = el('section', 'facet');
    section.dataset.facet = dim;
    section.append(el('h2', null, label));
    const ul = el('ul');
    const chosen = params.getAll(param);
    for (const v of values) {
      const li = el('li');
      const b = el('button');
      b.type = 'button';
      const on = chosen.includes(v.value);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
      b.title = v.value;
      b.dataset.value = v.value;
      b.append(el('span', 'label', v.value), el('span', 'count', v.count));
      b.addEventListener('click', () => {
        const p = new URLSearchParams(params);
        if (on) {
          const rest = p.getAll(param).filter((x) => x !== v.value);
          p.delete(param);
          rest.forEach((x) => p.append(param, x));
        } else {
          p.append(param, v.value);
        }
        p.delete('page');
        go(p);
      });
      li.append(b);
      ul.append(li);
    }
    section.append(ul);
    box.append(section);
  }
}

/** The results pane listing reports similar to one report (more like this). */
function showSimilar(id) {
  $('intro').hidden = true;
  $('report-view').hidden = true;
  $('search-view').hidden = false;
  clear($('results'), $('pager'), $('facets'), $('active-filters'));
  setStatus('正在查找相似报告…');
  const mine = ++sequence;
  Promise.all([getJson('/api/report/' + id), getJson('/api/similar/' + id + '?limit=20')])
    .then(([report, r]) => {
      if (mine !== sequence) return;
      const status = $('status');
      status.classList.remove('error');
      status.replaceChildren();
      const link = el('a', null, '《' + (report.title || '（无标题）') + '》');
      link.href = '#/report/' + id;
      status.append(document.createTextNode('与'), link,
          document.createTextNode(r.hits.length ? '相似的 ' + r.hits.length + ' 篇报告' : '相似的报告：没有找到'));
      for (const h of r.hits) $('results').append(renderHit(h));
    }, (err) => {
      if (mine !== sequence) return;
      setStatus(err.message, true);
    });
}

// ---- report view

function showReport(id) {
  $('search-view').hidden = true;
  const view = $('report-view');
  view.hidden = false;
  view.replaceChildren(backLink(), el('p', 'muted', '正在加载…'));
  const mine = ++sequence;
  getJson('/api/report/' + id).then((r) => {
    if (mine !== sequence) return;
    const side = renderReport(view, r);
    loadCopyCheck(side, id, mine);
    loadSimilar(side, id, mine);
  }, (err) => {
    if (mine !== sequence) return;
    view.replaceChildren(backLink(), el('p', 'error', err.message));
  });
}

function backLink() {
  const a = el('a', 'back', '← 返回搜索结果');
  a.href = lastSearchHash;
  return a;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function renderReport(view, r) {
  view.replaceChildren(backLink());
  const body = el('div', 'report-body');
  const main = el('div', 'report-main');
  const side = el('aside', 'report-side');
  side.setAttribute('aria-label', '实体与相似报告');
  body.append(main, side);
  view.append(body);

  const h1 = el('h1', null, r.title || '（无标题）');
  h1.tabIndex = -1;
  main.append(h1);
  const meta = el('dl', 'meta');
  const row = (label, value) => {
    if (value === null || value === undefined || value === '') return;
    meta.append(el('dt', null, label));
    const dd = el('dd');
    if (value instanceof Node) dd.append(value); else dd.textContent = value;
    meta.append(dd);
  };
  row('发布日期', r.published);
  if (r.source) {
    const href = r.source.url && safeUrl(r.source.url);
    if (href) {
      const a = el('a', null, r.source.url);
      a.href = href;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      row('来源', a);
    } else {
      row('来源', r.source.url || r.source.path);
    }
    if (r.source.parts > 1) row('篇次', '第 ' + r.source.part + ' 篇，共 ' + r.source.parts + ' 篇');
  }
  row('类别', (r.category || []).join(' › '));
  row('主题', (r.themes || []).join('；'));
  row('关键词', (r.keywords || []).slice(0, 12).join('、'));
  main.append(meta);

  const text = el('div', 'report-text');
  text.id = 'report-text';
  renderEntityText(text, r.text || '', entitySpans(r));
  markHeadings(text, r.sections || []);
  main.append(text);

  const legend = el('div', 'legend');
  legend.append(el('span', 'title', '图例'));
  for (const [kind, label] of ENTITY_KINDS) legend.append(el('mark', 'ent ent-' + kind, label));
  side.append(legend);

  const lists = el('div', 'entity-lists');
  for (const [key, label, kind, param] of [['organizations', '机构', 'org', 'org'],
    ['persons', '人物', 'person', 'person'], ['places', '地点', 'place', 'place']]) {
    const names = r[key] || [];
    if (names.length === 0) continue;
    lists.append(el('h2', null, label));
    const line = el('div', 'row');
    for (const name of names) {
      const b = el('button', 'ent ent-' + kind, name);
      b.type = 'button';
      b.title = '打开“' + name + '”的实体页';
      b.addEventListener('click', () => { location.hash = entityHash(ENTITY_TYPE[kind], name); });
      line.append(b);
    }
    lists.append(line);
  }
  side.append(lists);
  h1.focus({ preventScroll: true });
  return side;
}

/** Paragraphs that are exactly a section heading get the heading style of their level. */
function markHeadings(container, sections) {
  const levels = new Map(sections.map((s) => [s.heading.trim(), s.level]));
  for (const p of container.children) {
    const level = levels.get(p.textContent.trim());
    if (level !== undefined) p.classList.add('sec-heading', 'level-' + Math.min(3, level));
  }
}

/** Entity spans sorted by offset; where two overlap the earlier (then longer) one wins. */
function entitySpans(r) {
  const spans = [];
  for (const m of r.mentions || []) {
    const kind = MENTION_KIND[m.type];
    if (kind) spans.push({ start: m.start, end: m.end, kind });
  }
  for (const d of r.dates || []) spans.push({ start: d.start, end: d.end, kind: 'date', title: d.value });
  for (const n of r.numbers || []) {
    spans.push({ start: n.start, end: n.end, kind: 'num', title: n.value + (n.unit ? ' ' + n.unit : '') + (n.approx ? '（约）' : '') });
  }
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  let end = 0;
  for (const s of spans) {
    if (s.start >= end && s.end > s.start) {
      kept.push(s);
      end = s.end;
    }
  }
  return kept;
}

/** The report text as paragraphs (split at \n) with entity spans marked. */
function renderEntityText(container, text, spans) {
  let para = el('p');
  container.append(para);
  const put = (piece, span) => {
    const lines = piece.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        para = el('p');
        container.append(para);
      }
      if (line === '') return;
      if (span) {
        const m = el('mark', 'ent ent-' + span.kind, line);
        const label = ENTITY_KINDS.find((k) => k[0] === span.kind)[1];
        m.title = span.title ? label + '：' + span.title : label;
        m.dataset.kind = span.kind;
        if (ENTITY_TYPE[span.kind]) {
          // a mention opens its entity page (named by the text it covers)
          m.classList.add('clickable');
          m.addEventListener('click', () => { location.hash = entityHash(ENTITY_TYPE[span.kind], text.slice(span.start, span.end)); });
        }
        para.append(m);
      } else {
        para.append(document.createTextNode(line));
      }
    });
  };
  let pos = 0;
  for (const s of spans) {
    if (s.end > text.length) break;
    put(text.slice(pos, s.start), null);
    put(text.slice(s.start, s.end), s);
    pos = s.end;
  }
  put(text.slice(pos), null);
}

/** The copy-check summary (查重) with a link to the side-by-side page; left out when unavailable. */
function loadCopyCheck(side, id, mine) {
  const box = el('section', 'copycheck');
  box.setAttribute('aria-label', '查重');
  box.hidden = true;
  side.append(box);
  getJson('/api/copycheck/' + id).then((c) => {
    if (mine !== sequence) return;
    const pct = (x) => (Math.round(x * 1000) / 10).toFixed(1) + '%';
    box.append(el('h2', null, '查重'));
    const dl = el('dl', 'meta');
    const row = (label, value) => dl.append(el('dt', null, label), el('dd', null, value));
    row('总复制比', pct(c.copyRatio));
    row('最大单一来源', pct(c.largestSourceRatio));
    const sources = c.sources || [];
    row('来源', sources.length + ' 篇');
    box.append(dl);
    if (sources.length > 0) {
      const ol = el('ol', 'copy-sources');
      for (const src of sources.slice(0, 3)) {
        const li = el('li');
        li.append(el('span', 'share', pct(src.share) + ' '));
        const link = el('a', null, src.title || '（无标题）');
        link.href = '#/report/' + src.id;
        li.append(link);
        ol.append(li);
      }
      box.append(ol);
    }
    const a = el('a', 'copycheck-link', '查看查重报告（对照原文）');
    a.href = '/copycheck/' + id;
    box.append(a);
    box.hidden = false;
  }, () => {
    box.remove();
  });
}

function loadSimilar(view, id, mine) {
  const box = el('section', 'similar');
  box.setAttribute('aria-label', '相似报告');
  box.append(el('h2', null, '相似报告'));
  const status = el('p', 'muted', '正在查找…');
  box.append(status);
  view.append(box);
  getJson('/api/similar/' + id + '?limit=8').then((r) => {
    if (mine !== sequence) return;
    if (r.hits.length === 0) {
      status.textContent = '没有找到相似的报告。';
      return;
    }
    status.remove();
    const ol = el('ol');
    for (const h of r.hits) {
      const li = el('li');
      const a = el('a', null, h.title || '（无标题）');
      a.href = '#/report/' + h.id;
      li.append(a);
      if (h.published) li.append(el('span', 'hit-meta', ' ' + h.published));
      ol.append(li);
    }
    box.append(ol);
  }, (err) => {
    if (mine !== sequence) return;
    status.textContent = err.message;
  });
}

// ---- wiring

function init() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const p = currentParams();
    p.set('q', $('q').value.trim());
    p.set('sort', $('sort').value === 'date' ? 'date' : '');
    p.set('collapse', $('collapse').checked ? '1' : '');
    p.delete('page');
    go(p);
  });
  $('collapse').addEventListener('change', () => {
    const p = currentParams();
    if (!p.get('q') && !FILTER_PARAMS.some((f) => p.getAll(f).length)) return;
    p.set('collapse', $('collapse').checked ? '1' : '');
    p.delete('page');
    go(p);
  });
  $('sort').addEventListener('change', () => {
    const p = currentParams();
    if (!p.get('q') && !FILTER_PARAMS.some((f) => p.getAll(f).length)) return;
    p.set('sort', $('sort').value === 'date' ? 'date' : '');
    p.delete('page');
    go(p);
  });
  $('date-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const p = currentParams();
    p.set('from', $('from').value.trim());
    p.set('to', $('to').value.trim());
    p.delete('page');
    go(p);
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      $('search-view').hidden ? (location.hash = lastSearchHash) : null;
      $('q').focus();
      $('q').select();
    } else if (e.key === 'Escape' && !$('report-view').hidden) {
      location.hash = lastSearchHash;
    }
  });
  window.addEventListener('hashchange', route);
  openQueryString();
  route();
}

/**
 * A pasted or bookmarked link /?q=…&org=… opens that search: the query string becomes the hash
 * (the page's state lives there), in place, so Back does not return to the bare URL. A hash
 * already present wins.
 */
function openQueryString() {
  if (!location.search || (location.hash && location.hash !== '#/' && location.hash !== '#')) return;
  const h = searchHash(new URLSearchParams(location.search));
  history.replaceState(null, '', location.pathname + h);
}

init();
