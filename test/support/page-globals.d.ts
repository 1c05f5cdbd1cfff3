// The globals of a page in Chromium, as the tests use them inside page.evaluate (the tests are
// compiled without the DOM library, so that nothing else reaches for a DOM by mistake).
interface PageElement {
  id: string;
  hidden: boolean;
  offsetParent: unknown;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { scrollWidth: number; lang: string; dir: string };
  body: { innerText: string };
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
};
declare const window: { innerWidth: number };
declare function getComputedStyle(element: PageElement): { display: string; direction: string };
