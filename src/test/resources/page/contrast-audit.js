/*
 * Contrast audit run by PageBrowserTest in a real Chromium: for every visible element that holds text of its own,
 * the WCAG 2 contrast ratio of its computed colour against the background it is drawn on (translucent
 * backgrounds composited over their ancestors'). Returns the elements below the minimum, and the lowest ratio.
 */
((minimum) => {
  const parse = (colour) => {
    const m = colour.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)/);
    if (!m) {
      return null;
    }
    let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
    if (m[4] && m[4].endsWith('%')) {
      alpha /= 100;
    }
    return { r: +m[1], g: +m[2], b: +m[3], a: alpha };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) {
          break;
        }
      }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) {
      result = over(layers[i], result);
    }
    return result;
  };
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const failures = [];
  let lowest = Infinity;
  let checked = 0;
  document.querySelectorAll('body *').forEach((element) => {
    const ownText = Array.from(element.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(element);
    if (!ownText || !element.getClientRects().length || style.visibility === 'hidden'
        || element.closest('.bf-sr, script, style')) {
      return;
    }
    const bg = background(element);
    const fg = over(parse(style.color), bg);
    const r = ratio(fg, bg);
    checked += 1;
    lowest = Math.min(lowest, r);
    if (r < minimum) {
      failures.push(`${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim()
        .slice(0, 40)}" ${style.color} on rgb(${bg.r},${bg.g},${bg.b}): ${r.toFixed(2)}`);
    }
  });
  return { failures, lowest, checked, background: luminance(background(document.body)) };
})
