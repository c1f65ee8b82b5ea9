/** The data the server rendered for this page's script, from <script type="application/json" id="page-data">. */
export function readPageData<T>(): T {
  const element = document.getElementById('page-data');
  if (!element?.textContent) throw new Error('this page has no #page-data');
  return JSON.parse(element.textContent) as T;
}
