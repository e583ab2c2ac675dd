// Layout checks run inside the page: sideways page scroll, text cut off by its
// box, and key figures or links out of sight. Each returns readable findings
// (empty when all is well). The probe is a string so that no transpiler helper
// ends up in the code the browser runs.
import type { Page } from 'playwright-core';

/** A readable name for an element in a finding. */
const DESCRIBE = `
  const describe = (el) => {
    const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
    const cls = el.getAttribute('class') ? '.' + el.getAttribute('class').trim().split(/\\s+/).join('.') : '';
    const fig = el.getAttribute('data-figure') ? '[data-figure=' + el.getAttribute('data-figure') + ']' : '';
    return el.tagName.toLowerCase() + cls + fig + ' "' + text + '"';
  };
  const scrollsX = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const scrollBox = (el) => { for (let a = el.parentElement; a; a = a.parentElement) if (a !== document.body && a !== document.documentElement && scrollsX(a)) return a; return null; };
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
  // The skip link's "visually hidden until focused" pattern: wholly left of the page on purpose.
  const parked = (el) => el.getBoundingClientRect().right <= 0 && getComputedStyle(el).position === 'absolute';
  // Inside a box of one pixel that hides the rest: for screen readers only (a card table's column headers), on purpose.
  const screenReaderOnly = (el) => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const r = a.getBoundingClientRect(), s = getComputedStyle(a);
      if (r.width <= 1 && r.height <= 1 && (s.overflow === 'hidden' || s.clipPath !== 'none')) return true;
    }
    return false;
  };
`;

export interface LayoutReport {
  /** document.scrollingElement.scrollWidth against the window's inner width. */
  scrollWidth: number;
  innerWidth: number;
  /** Elements whose own text reaches past the viewport or is clipped by a box that does not scroll. */
  cutOff: string[];
  /** Boxes narrower than their content that scroll without showing it (no data-scrolls). */
  unmarkedScrollBoxes: string[];
}

/** Sideways page scroll and text cut off, outside any scroll box. */
export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(`(() => {
    ${DESCRIBE}
    const cutOff = [];
    const withText = Array.from(document.body.querySelectorAll('*')).filter((el) =>
      Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== ''));
    for (const el of withText) {
      if (!shown(el) || parked(el) || screenReaderOnly(el)) continue;
      const r = el.getBoundingClientRect();
      const box = scrollBox(el);
      if (!box && (r.right > innerWidth + 1 || r.left < -1)) cutOff.push(describe(el) + ' reaches ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
      // Text clipped by its own box or an ancestor that hides overflow instead of scrolling.
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const clips = ['hidden', 'clip'].includes(s.overflowX);
        if (clips && a.scrollWidth > a.clientWidth + 1) { cutOff.push(describe(el) + ' clipped by ' + describe(a)); break; }
        if (scrollsX(a)) break;
      }
    }
    const unmarkedScrollBoxes = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => shown(el) && scrollsX(el) && el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('data-scrolls'))
      .map(describe);
    return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth, cutOff, unmarkedScrollBoxes };
  })()`);
}

/**
 * Key elements (figures, dossier links) that a reader cannot see: outside the
 * viewport, or cut off inside a scroll box that does not show it scrolls
 * (data-scrolls, set by the site's table script, draws its edge and hint).
 * With `withoutScrolling`, being reachable by scrolling a box is not enough.
 */
export async function hiddenKeys(page: Page, selector: string, withoutScrolling: boolean): Promise<string[]> {
  return page.evaluate(`(() => {
    ${DESCRIBE}
    const withoutScrolling = ${withoutScrolling};
    const hidden = [];
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      const box = scrollBox(el);
      const view = box ? box.getBoundingClientRect() : { left: 0, right: innerWidth };
      const left = Math.max(0, view.left), right = Math.min(innerWidth, view.right);
      const inView = r.left >= left - 1 && r.right <= right + 1;
      if (inView) continue;
      if (!withoutScrolling && box && box.hasAttribute('data-scrolls')) continue;
      hidden.push(describe(el) + ' at ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px, visible ' + Math.round(left) + '..' + Math.round(right) + (box ? (box.hasAttribute('data-scrolls') ? ' (scroll box)' : ' (scroll box without a visible edge)') : ''));
    }
    return hidden;
  })()`);
}
