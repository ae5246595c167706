type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | null | undefined>;

/**
 * Builds an element. Text is always set as text, never parsed as HTML, so names and quotes
 * from the API cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    // Through the CSSOM: the Content-Security-Policy refuses inline style attributes.
    else if (name === 'style') element.style.cssText = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  setChildren(element, ...children);
  return element;
}

/** Replaces an element's children; null and false entries are skipped (optional parts). */
export function setChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((c): c is Node | string | number => c != null && c !== false).map((c) => (typeof c === 'number' ? String(c) : c)));
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void | Promise<void>, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => void fn(...args), ms);
  };
}

/** A link out, only to an http(s) address (the API checks this too; a page does not rely on it). */
export function externalLink(url: string | null | undefined, ...text: Child[]): HTMLElement | null {
  return url && /^https?:\/\//i.test(url) ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, ...text) : null;
}

/** A stakeholder's name as a button that opens it (in the panel, focused on the map). */
export function stakeholderLink(ref: { id: string; name: string }, open: (id: string) => void): HTMLElement {
  return h('button', { type: 'button', class: 'link', 'data-stakeholder': ref.id, onclick: () => open(ref.id) }, ref.name);
}

/** A link to a source that opens outside the page, or its plain title when it has no URL. */
export function sourceLink(source: { title: string; url?: string | null }): HTMLElement {
  return externalLink(source.url, source.title) ?? h('span', {}, source.title);
}

/** Rounded for reading, without trailing zeros (11, 0.35, 0.1). */
export const formatNumber = (value: number, digits = 3) => String(Number(value.toFixed(digits)));
