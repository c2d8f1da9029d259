// Bảng theo dõi: vẽ biểu đồ bằng SVG, không dùng thư viện ngoài (chạy được khi không có Internet).
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function number(n) { return Number(n).toLocaleString('vi-VN'); }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1).replace('.', ',') + ' %';
  }

  function day(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  function setText(id, text, value) {
    var node = document.getElementById(id);
    node.textContent = text;
    if (value !== undefined) { node.setAttribute('data-value', value); }
  }

  function drawOnTime(months) {
    var svg = document.getElementById('chart-ontime');
    svg.textContent = '';
    var left = 46, right = 744, top = 30, bottom = 220;
    [0, 0.25, 0.5, 0.75, 1].forEach(function (v) {
      var y = bottom - v * (bottom - top);
      svg.appendChild(el('line', { x1: left, x2: right, y1: y, y2: y, 'class': 'axis' }));
      svg.appendChild(el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, (v * 100) + '%'));
    });
    var step = months.length > 1 ? (right - left - 20) / (months.length - 1) : 0;
    var points = [];
    months.forEach(function (m, i) {
      var x = left + 10 + i * step;
      svg.appendChild(el('text', { x: x, y: bottom + 18, 'text-anchor': 'middle', 'class': 'month' }, m.label));
      if (m.onTimeRate === null) { return; }
      var y = bottom - m.onTimeRate * (bottom - top);
      points.push(x + ',' + y);
      var c = el('circle', { cx: x, cy: y, r: 4.5, 'class': 'point', 'data-month': m.month, 'data-rate': m.onTimeRate,
        'data-resolved': m.resolved });
      c.appendChild(el('title', {}, m.label + ': ' + percent(m.onTimeRate) + ' (' + number(m.resolved) + ' hồ sơ)'));
      svg.appendChild(c);
      svg.appendChild(el('text', { x: x, y: y - 9, 'text-anchor': 'middle', 'class': 'rate-label' }, percent(m.onTimeRate)));
    });
    if (points.length > 1) {
      svg.insertBefore(el('polyline', { points: points.join(' '), 'class': 'line' }), svg.firstChild.nextSibling);
    }
    if (points.length === 0) {
      svg.appendChild(el('text', { x: 380, y: 120, 'text-anchor': 'middle' }, 'Chưa có hồ sơ được giải quyết trong kỳ'));
    }
  }

  function drawChannels(channels) {
    var svg = document.getElementById('chart-channels');
    svg.textContent = '';
    var max = Math.max.apply(null, channels.map(function (c) { return c.received; }).concat([1]));
    channels.forEach(function (c, i) {
      var y = 14 + i * 50, width = Math.round(200 * c.received / max);
      svg.appendChild(el('text', { x: 0, y: y + 17 }, c.label));
      svg.appendChild(el('rect', { x: 120, y: y, width: Math.max(width, 1), height: 26, 'class': 'bar',
        'data-channel': c.channel, 'data-value': c.received }));
      svg.appendChild(el('text', { x: 126 + width, y: y + 17, id: 'channel-' + c.channel }, number(c.received)));
    });
  }

  function cell(row, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    row.appendChild(td);
    return td;
  }

  function drawFields(fields) {
    var body = document.querySelector('#fields tbody');
    body.textContent = '';
    fields.forEach(function (f) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-field', f.code);
      cell(tr, f.name);
      cell(tr, number(f.received), 'num');
      cell(tr, number(f.resolved), 'num');
      cell(tr, number(f.inProgress), 'num');
      cell(tr, number(f.inProgressOverdue), f.inProgressOverdue > 0 ? 'num late' : 'num');
      cell(tr, percent(f.onTimeRate), 'num');
      body.appendChild(tr);
    });
    if (fields.length === 0) {
      var tr = document.createElement('tr');
      cell(tr, 'Không có số liệu trong kỳ').colSpan = 6;
      body.appendChild(tr);
    }
  }

  function drawOverdue(list) {
    var body = document.querySelector('#overdue tbody');
    body.textContent = '';
    list.forEach(function (o) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-dossier', o.dossierCode);
      cell(tr, o.dossierCode);
      cell(tr, o.procedure);
      cell(tr, o.field);
      cell(tr, number(o.daysOverdue), 'num late');
      body.appendChild(tr);
    });
    if (list.length === 0) {
      var tr = document.createElement('tr');
      cell(tr, 'Không có hồ sơ quá hạn').colSpan = 4;
      body.appendChild(tr);
    }
  }

  function render(d) {
    document.getElementById('from').value = d.from;
    document.getElementById('to').value = d.to;
    setText('period-text', 'Kỳ báo cáo: từ ngày ' + day(d.from) + ' đến ngày ' + day(d.to)
      + '; hồ sơ quá hạn tính đến ngày ' + day(d.asOf));
    setText('kpi-received', number(d.total.received), d.total.received);
    setText('kpi-resolved', number(d.total.resolved), d.total.resolved);
    setText('kpi-ontime', percent(d.total.onTimeRate), d.total.onTimeRate === null ? '' : d.total.onTimeRate);
    setText('kpi-overdue', number(d.total.inProgressOverdue), d.total.inProgressOverdue);
    drawOnTime(d.monthly);
    drawChannels(d.channels);
    drawFields(d.fields);
    drawOverdue(d.overdue);
    document.body.setAttribute('data-state', 'ready');
  }

  var params = new URLSearchParams(window.location.search);
  ['from', 'to', 'agency'].forEach(function (k) {
    if (params.get(k)) { document.getElementById(k).value = params.get(k); }
  });
  var query = new URLSearchParams();
  ['from', 'to', 'agency'].forEach(function (k) { if (params.get(k)) { query.set(k, params.get(k)); } });

  fetch('/api/v1/public/dashboard?' + query.toString(), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { return r.json().then(function (p) { throw new Error(p.detail || r.status); }); }
      return r.json();
    })
    .then(render)
    .catch(function (e) {
      setText('period-text', 'Không tải được số liệu: ' + e.message);
      document.body.setAttribute('data-state', 'error');
    });
}());
