// reportminer research views: timeline (#/timeline?q=…), concordance (#/kwic?q=…) and entity
// pages (#/entity?type=…&name=…). Like app.js, every piece of report data is untrusted: the DOM
// (and the SVG charts) are built with createElement(NS) and textContent only. The hash is the
// whole state of a view, so a pasted link reproduces it.

const SVG = 'http://www.w3.org/2000/svg';
const FILTERS = ['org', 'place', 'person', 'theme', 'category', 'year'];
const KINDS = { organization: ['机构', 'org'], person: ['人物', 'person'], place: ['地点', 'place'], theme: ['主题', 'theme'] };
const BY_LABELS = [['year', '年'], ['quarter', '季度'], ['month', '月']];
const COLOURS = ['#9f1d20', '#1f5fbf', '#1e7a46', '#a15c00', '#6a3fb5', '#b0306a', '#2f7f86', '#5c6470'];
const KWIC_LIMIT = 50;

const $ = (id) => document.getElementById(id);
let sequence = 0;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function link(text, href, className) {
  const a = el('a', className, text);
  a.href = href;
  return a;
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

/** A hash for view `name` with the non-empty parameters of `params`. */
export function viewHash(name, params) {
  const p = new URLSearchParams();
  for (const [k, v] of params) if (v !== '' && v !== null && v !== undefined) p.append(k, v);
  return '#/' + name + (p.toString() ? '?' + p.toString() : '');
}

/** The hash of an entity page (kind: organization, person or place). */
export function entityHash(kind, name) {
  return viewHash('entity', [['type', kind], ['name', name]]);
}

/** Only the filter and date parameters of `params` (search's, as a list of pairs). */
function filterPairs(params) {
  const out = [];
  for (const f of FILTERS) for (const v of params.getAll(f)) out.push([f, v]);
  for (const f of ['from', 'to']) if (params.get(f)) out.push([f, params.get(f)]);
  return out;
}

/** Sets the search page's links to the timeline and concordance of its query and filters. */
export function viewLinks(params, any) {
  const q = params.get('q') || '';
  const pairs = filterPairs(params);
  $('to-timeline').href = viewHash('timeline', [['q', q], ...pairs]);
  $('to-kwic').href = viewHash('kwic', [['q', q], ...pairs]);
  $('to-timeline').hidden = !any;
  $('to-kwic').hidden = !any || !q;
}

/** Shows the view the hash names and returns true, or returns false for the search page's own. */
export function routeView(hash) {
  const m = hash.match(/^#\/(timeline|kwic|entity)(?:\?(.*))?$/);
  if (!m) {
    $('views-view').hidden = true;
    return false;
  }
  $('search-view').hidden = true;
  $('report-view').hidden = true;
  const view = $('views-view');
  view.hidden = false;
  view.replaceChildren();
  const params = new URLSearchParams(m[2] || '');
  const mine = ++sequence;
  if (m[1] === 'timeline') showTimeline(view, params, mine);
  else if (m[1] === 'kwic') showConcordance(view, params, mine);
  else showEntity(view, params, mine);
  return true;
}

function status(view, text, isError) {
  let s = view.querySelector('.view-status');
  if (!s) {
    s = el('p', 'view-status');
    s.setAttribute('role', 'status');
    view.append(s);
  }
  s.textContent = text;
  s.classList.toggle('error', !!isError);
  return s;
}

function filterChips(params, names) {
  const box = el('div', 'view-filters');
  for (const [k, v] of filterPairs(params)) {
    if (names && !names.includes(k)) continue;
    box.append(el('span', 'chip', k + '：' + v));
  }
  return box;
}

// ---- timeline

/** First and last date arguments of a bucket label: 2023, 2023-Q2 or 2023-04. */
function bucketRange(label) {
  const q = label.match(/^(\d{4})-Q([1-4])$/);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const pad = (n) => String(n).padStart(2, '0');
    return [q[1] + '-' + pad(first), q[1] + '-' + pad(first + 2)];
  }
  return [label, label];
}

/**
 * Draws a bar chart of timeline `t` into a new SVG; dragging across buckets (or clicking one)
 * calls onRange(from, to) with their dates.
 */
function timelineChart(t, onRange, names) {
  const n = t.buckets.length;
  const series = t.series;
  const width = 880;
  const height = 240;
  const left = 40;
  const bottom = 40;
  const top = 12;
  const plotW = width - left - 10;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.counts));
  const band = plotW / Math.max(1, n);
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'chart' });
  chart.setAttribute('aria-label', '每个时间段的报告数');
  const ticks = max >= 4 ? [0, Math.round(max / 2), max] : [0, max];
  for (const tick of ticks) {
    const y = top + plotH - (tick / max) * plotH;
    chart.append(svg('line', { x1: left, x2: width - 10, y1: y, y2: y, class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, tick));
  }
  const selection = svg('rect', { x: 0, y: top, width: 0, height: plotH, class: 'selection', visibility: 'hidden' });
  chart.append(selection);
  const barW = Math.max(1, Math.min(48, (band * 0.8) / series.length));
  const inset = (band - barW * series.length) / 2;
  t.buckets.forEach((label, i) => {
    series.forEach((s, j) => {
      const h = (s.counts[i] / max) * plotH;
      const bar = svg('rect', {
        x: left + i * band + inset + j * barW, y: top + plotH - h, width: barW, height: Math.max(0, h),
        fill: COLOURS[j % COLOURS.length], class: 'bar',
      });
      bar.dataset.bucket = label;
      bar.dataset.series = String(j);
      bar.dataset.count = String(s.counts[i]);
      bar.append(svg('title', {}, label + ' · ' + names[j] + '：' + s.counts[i] + ' 篇'));
      chart.append(bar);
    });
    const every = Math.ceil(n / 12);
    if (i % every === 0) {
      chart.append(svg('text', { x: left + i * band + band / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'axis' }, label));
    }
  });
  if (!onRange || n === 0) return chart;
  chart.classList.add('draggable');
  const bucketAt = (evt) => {
    const box = chart.getBoundingClientRect();
    const x = ((evt.clientX - box.left) / box.width) * width;
    return Math.min(n - 1, Math.max(0, Math.floor((x - left) / band)));
  };
  let start = null;
  const show = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    selection.setAttribute('x', String(left + lo * band));
    selection.setAttribute('width', String((hi - lo + 1) * band));
    selection.setAttribute('visibility', 'visible');
  };
  chart.addEventListener('pointerdown', (e) => {
    start = bucketAt(e);
    show(start, start);
    try { chart.setPointerCapture(e.pointerId); } catch (err) { /* synthetic pointer */ }
    e.preventDefault();
  });
  chart.addEventListener('pointermove', (e) => {
    if (start !== null) show(start, bucketAt(e));
  });
  chart.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = bucketAt(e);
    const lo = Math.min(start, end);
    const hi = Math.max(start, end);
    start = null;
    onRange(bucketRange(t.buckets[lo])[0], bucketRange(t.buckets[hi])[1]);
  });
  return chart;
}

function showTimeline(view, params, mine) {
  const queries = params.getAll('q').filter((q) => q.trim() !== '');
  const by = ['year', 'quarter', 'month'].includes(params.get('by')) ? params.get('by') : 'year';
  view.append(el('h1', null, '时间线'));
  const form = el('form', 'view-form');
  form.id = 'timeline-form';
  const qIn = el('input');
  qIn.id = 'timeline-q';
  qIn.type = 'search';
  qIn.value = queries.join(' | ');
  qIn.placeholder = '查询，多个查询用 | 分隔比较，如 疫情防控 | 安全生产';
  qIn.setAttribute('aria-label', '查询（多个用 | 分隔）');
  const bySel = el('select');
  bySel.id = 'timeline-by';
  bySel.setAttribute('aria-label', '时间粒度');
  for (const [v, label] of BY_LABELS) {
    const o = el('option', null, '按' + label);
    o.value = v;
    bySel.append(o);
  }
  bySel.value = by;
  const go = el('button', null, '统计');
  go.type = 'submit';
  form.append(qIn, bySel, go);
  view.append(form, filterChips(params));
  const rest = filterPairs(params).filter(([k]) => k !== 'from' && k !== 'to');
  const range = [params.get('from') || '', params.get('to') || ''];
  const navigate = (qs, b, from, to) => {
    location.hash = viewHash('timeline', [...qs.map((q) => ['q', q]), ['by', b], ...rest, ['from', from], ['to', to]]);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const qs = qIn.value.split('|').map((q) => q.trim()).filter((q) => q);
    navigate(qs, bySel.value, range[0], range[1]);
  });
  bySel.addEventListener('change', () => navigate(queries, bySel.value, range[0], range[1]));
  const api = new URLSearchParams();
  queries.forEach((q) => api.append('q', q));
  api.set('by', by);
  for (const [k, v] of filterPairs(params)) api.append(k, v);
  status(view, '正在统计…');
  getJson('/api/timeline?' + api.toString()).then((t) => {
    if (mine !== sequence) return;
    renderTimeline(view, t, queries, params, rest, (from, to) => navigate(queries, by, from, to));
    const csv = link('导出 CSV', '/api/timeline.csv?' + api.toString(), 'csv-link');
    csv.setAttribute('download', 'reportminer-timeline.csv');
    view.append(csv);
  }, (err) => {
    if (mine !== sequence) return;
    status(view, err.message, true);
  });
}

function renderTimeline(view, t, queries, params, rest, onRange) {
  const names = t.series.map((s) => s.query === null ? '全部报告' : s.query);
  const total = t.series.map((s, i) => names[i] + ' ' + s.total + ' 篇').join('，');
  status(view, t.buckets.length === 0 ? '没有带日期的匹配报告（' + total + '）' : total);
  const legend = el('div', 'chart-legend');
  names.forEach((name, j) => {
    const item = el('span', 'legend-item');
    const swatch = svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' });
    swatch.append(svg('rect', { width: 12, height: 12, fill: COLOURS[j % COLOURS.length] }));
    item.append(swatch, el('span', null, name));
    legend.append(item);
  });
  view.append(legend);
  view.append(timelineChart(t, onRange, names));
  view.append(el('p', 'muted', '在图上拖动（或点击一个柱）即可按发布日期筛选范围。'));
  if (params.get('from') || params.get('to')) {
    const box = el('div', 'range-links');
    box.id = 'timeline-range';
    box.append(el('span', null, '范围：' + (params.get('from') || '…') + ' 至 ' + (params.get('to') || '…')));
    const dates = [['from', params.get('from') || ''], ['to', params.get('to') || '']];
    for (const q of queries.length ? queries : ['']) {
      box.append(link(q ? '搜索“' + q + '”' : '搜索这段时间', '#/search?' + new URLSearchParams(
        [['q', q], ...rest, ...dates].filter(([, v]) => v)).toString(), 'range-search'));
      if (q) box.append(link('“' + q + '”的语境', viewHash('kwic', [['q', q], ...rest, ...dates]), 'range-kwic'));
    }
    box.append(link('清除范围', viewHash('timeline', [...queries.map((q) => ['q', q]), ['by', t.by], ...rest]), 'range-clear'));
    view.append(box);
  }
  const table = el('table', 'counts');
  table.id = 'timeline-table';
  const head = el('tr');
  head.append(el('th', null, '时间'));
  names.forEach((n) => head.append(el('th', null, n)));
  table.append(head);
  const row = (label, values) => {
    const tr = el('tr');
    tr.append(el('th', null, label));
    values.forEach((v) => tr.append(el('td', null, v)));
    table.append(tr);
  };
  t.buckets.forEach((b, i) => row(b, t.series.map((s) => s.counts[i])));
  row('无日期', t.series.map((s) => s.undated));
  row('日期不够精确', t.series.map((s) => s.coarser));
  const details = el('details', 'counts-box');
  details.append(el('summary', null, '数据表'), table);
  view.append(details);
}

// ---- concordance

function showConcordance(view, params, mine) {
  const q = params.get('q') || '';
  const width = params.get('width') || '20';
  const sort = ['left', 'right'].includes(params.get('sort')) ? params.get('sort') : 'date';
  const page = params.get('page') || '1';
  view.append(el('h1', null, '语境（KWIC）'));
  const form = el('form', 'view-form');
  form.id = 'kwic-form';
  const qIn = el('input');
  qIn.id = 'kwic-q';
  qIn.type = 'search';
  qIn.value = q;
  qIn.placeholder = '词语或"短语"';
  qIn.setAttribute('aria-label', '词语或短语');
  const wIn = el('input');
  wIn.id = 'kwic-width';
  wIn.type = 'number';
  wIn.min = '1';
  wIn.max = '200';
  wIn.value = width;
  wIn.setAttribute('aria-label', '左右语境字数');
  const go = el('button', null, '查看');
  go.type = 'submit';
  form.append(qIn, el('label', null, '宽度'), wIn, go);
  view.append(form, filterChips(params));
  const base = () => [['q', qIn.value.trim()], ['width', wIn.value], ...filterPairs(params)];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = viewHash('kwic', [...base(), ['sort', sort === 'date' ? '' : sort]]);
  });
  if (!q.trim()) {
    status(view, '输入一个词语或短语，查看它在报告中的每一次出现。');
    return;
  }
  const api = new URLSearchParams([['q', q], ['width', width], ['sort', sort], ['page', page],
    ['limit', String(KWIC_LIMIT)], ...filterPairs(params)]);
  status(view, '正在查找…');
  getJson('/api/concordance?' + api.toString()).then((c) => {
    if (mine !== sequence) return;
    renderConcordance(view, c, params, q, width, sort);
  }, (err) => {
    if (mine !== sequence) return;
    status(view, err.message, true);
  });
}

function renderConcordance(view, c, params, q, width, sort) {
  let text = '共 ' + c.totalLines + ' 处，出现在 ' + c.reports + ' 篇报告中';
  if (c.truncated) text += '（只读了最新的报告）';
  if (c.pages > 1) text += '（第 ' + c.page + ' / ' + c.pages + ' 页）';
  status(view, text);
  const keep = [['q', q], ['width', width], ...filterPairs(params)];
  const tools = el('div', 'kwic-sort');
  tools.append(el('span', null, '排序：'));
  for (const [key, label] of [['date', '按日期'], ['left', '按左侧'], ['right', '按右侧']]) {
    const a = link(label, viewHash('kwic', [...keep, ['sort', key === 'date' ? '' : key]]), 'sort-' + key);
    if (key === sort) a.setAttribute('aria-current', 'true');
    tools.append(a);
  }
  const exp = new URLSearchParams([...keep, ['sort', sort], ['limit', '1000']]);
  const csv = link('导出 CSV', '/api/concordance.csv?' + exp.toString(), 'csv-link');
  csv.setAttribute('download', 'reportminer-concordance.csv');
  tools.append(csv);
  view.append(tools);
  const table = el('table', 'kwic');
  table.id = 'kwic-table';
  const head = el('tr');
  for (const [key, label] of [['left', '左侧语境'], [null, '关键词'], ['right', '右侧语境'], [null, '报告']]) {
    const th = el('th');
    if (key) {
      th.append(link(label + (sort === key ? ' ▾' : ''), viewHash('kwic', [...keep, ['sort', key]]), 'th-sort'));
    } else {
      th.textContent = label;
    }
    head.append(th);
  }
  table.append(head);
  for (const l of c.lines) {
    const tr = el('tr', 'kwic-line');
    tr.dataset.id = l.id;
    tr.dataset.start = String(l.start);
    tr.append(el('td', 'left', l.left.replace(/\s+/g, ' ')));
    const mid = el('td', 'match');
    const mark = el('mark', 'hit-mark', l.match);
    mid.append(mark);
    tr.append(mid, el('td', 'right', l.right.replace(/\s+/g, ' ')));
    const src = el('td', 'source');
    src.append(link(l.title || '（无标题）', '#/report/' + l.id));
    if (l.published) src.append(el('span', 'hit-meta', ' ' + l.published));
    tr.append(src);
    table.append(tr);
  }
  view.append(table);
  if (c.pages > 1) {
    const nav = el('nav', 'pager');
    nav.setAttribute('aria-label', '分页');
    const to = (p, label) => link(label, viewHash('kwic', [...keep, ['sort', sort === 'date' ? '' : sort], ['page', String(p)]]));
    if (c.page > 1) nav.append(to(c.page - 1, '上一页'));
    const cur = el('span', null, String(c.page));
    cur.setAttribute('aria-current', 'page');
    nav.append(cur);
    if (c.page < c.pages) nav.append(to(c.page + 1, '下一页'));
    view.append(nav);
  }
}

// ---- entity page

function showEntity(view, params, mine) {
  const kind = params.get('type') || '';
  const name = params.get('name') || '';
  const by = ['year', 'quarter', 'month'].includes(params.get('by')) ? params.get('by') : 'year';
  const label = (KINDS[kind] || ['实体'])[0];
  const h1 = el('h1', 'entity-title');
  h1.append(el('span', 'kind ent ent-' + ((KINDS[kind] || [])[1] || 'org'), label), el('span', 'name', name));
  view.append(h1);
  const api = new URLSearchParams([['type', kind], ['name', name], ['by', by]]);
  if (/^[0-9]{1,7}$/.test(params.get('minCount') || '')) api.set('minCount', params.get('minCount'));
  status(view, '正在加载…');
  getJson('/api/entity?' + api.toString()).then((e) => {
    if (mine !== sequence) return;
    renderEntity(view, e, kind, name, api);
  }, (err) => {
    if (mine !== sequence) return;
    status(view, err.message, true);
  });
}

function renderEntity(view, e, kind, name, api) {
  status(view, '出现在 ' + e.reports + ' 篇报告中（全库 ' + e.archive + ' 篇）');
  const param = (KINDS[kind] || [])[1];
  const links = el('div', 'range-links');
  links.append(link('提到它的报告', '#/search?' + new URLSearchParams([[param, name]]).toString(), 'entity-search'));
  links.append(link('它的语境', viewHash('kwic', [['q', '"' + name + '"']]), 'entity-kwic'));
  const csv = link('导出 CSV', '/api/entity.csv?' + api.toString(), 'csv-link');
  csv.setAttribute('download', 'reportminer-entity.csv');
  links.append(csv);
  view.append(links);
  const grid = el('div', 'entity-grid');
  const main = el('div', 'entity-main');
  const side = el('aside', 'entity-side');
  grid.append(main, side);
  view.append(grid);

  main.append(el('h2', null, '共现关系'));
  main.append(graph(e.graph));
  main.append(el('p', 'muted', '按对数似然比 G² 排序（只列共同出现在至少 ' + e.minCount
      + ' 篇报告中、且比随机预期更常一起出现的名称）。'));
  main.append(el('h2', null, '各时期报告数（点击或拖动查看这段时间的报告）'));
  main.append(timelineChart(e.timeline, (from, to) => {
    location.hash = '#/search?' + new URLSearchParams([[param, name], ['from', from], ['to', to]]).toString();
  }, [name]));

  for (const [dim, [label, cls]] of Object.entries(KINDS)) {
    const items = (e.associations || {})[dim] || [];
    const box = el('section', 'assoc');
    box.dataset.kind = dim;
    box.append(el('h2', null, '常一起出现的' + label));
    if (items.length === 0) {
      box.append(el('p', 'muted', '无'));
    } else {
      const ol = el('ol');
      for (const a of items) {
        const li = el('li');
        const href = dim === 'theme' ? '#/search?' + new URLSearchParams([['theme', a.name]]).toString()
          : entityHash(dim, a.name);
        li.append(link(a.name, href, 'ent ent-' + cls));
        li.append(el('span', 'assoc-figures', ' 共同 ' + a.together + ' 篇 · G² ' + a.g2.toFixed(2)));
        ol.append(li);
      }
      box.append(ol);
    }
    side.append(box);
  }
  const recent = el('section', 'recent');
  recent.append(el('h2', null, '最新报告'));
  const ol = el('ol');
  for (const r of e.recent || []) {
    const li = el('li');
    li.append(link(r.title || '（无标题）', '#/report/' + r.id));
    if (r.published) li.append(el('span', 'hit-meta', ' ' + r.published));
    ol.append(li);
  }
  recent.append(ol);
  side.append(recent);
}

/** The co-occurrence graph: the entity in the middle, its partners on a circle. */
function graph(g) {
  const size = 380;
  const c = size / 2;
  const r = 135;
  const nodes = g.nodes || [];
  const others = nodes.length - 1;
  const pos = nodes.map((n, i) => (i === 0 ? [c, c] : [
    c + r * Math.cos((2 * Math.PI * (i - 1)) / Math.max(1, others) - Math.PI / 2),
    c + r * Math.sin((2 * Math.PI * (i - 1)) / Math.max(1, others) - Math.PI / 2)]));
  const chart = svg('svg', { viewBox: '0 0 ' + size + ' ' + size, width: size, height: size, role: 'img', class: 'graph' });
  chart.id = 'entity-graph';
  chart.setAttribute('aria-label', '共现关系图');
  const maxEdge = Math.max(1, ...(g.edges || []).map((e) => e.count));
  for (const e of g.edges || []) {
    const [x1, y1] = pos[e.from];
    const [x2, y2] = pos[e.to];
    const line = svg('line', { x1, y1, x2, y2, class: 'edge', 'stroke-width': 1 + (4 * e.count) / maxEdge });
    line.append(svg('title', {}, nodes[e.from].name + ' — ' + nodes[e.to].name + '：' + e.count + ' 篇'));
    chart.append(line);
  }
  nodes.forEach((n, i) => {
    const [x, y] = pos[i];
    const cls = (KINDS[n.type] || [])[1] || 'org';
    const group = svg('g', { class: 'node node-' + cls + (i === 0 ? ' center' : '') });
    group.dataset.name = n.name;
    group.append(svg('circle', { cx: x, cy: y, r: i === 0 ? 14 : 9 }));
    group.append(svg('text', { x, y: y + (i === 0 ? 30 : 24), 'text-anchor': 'middle' }, n.name));
    group.append(svg('title', {}, n.name + (i === 0 ? '' : '：共同 ' + n.together + ' 篇')));
    if (i > 0 && n.type !== 'theme') {
      group.classList.add('clickable');
      group.addEventListener('click', () => { location.hash = entityHash(n.type, n.name); });
    }
    chart.append(group);
  });
  return chart;
}
