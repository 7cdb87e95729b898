/**
 * A click as the browser makes it for a real pointer (`isTrusted: true`),
 * which happy-dom's `.click()` is not. The post detector only believes
 * trusted clicks; e2e tests check the real thing with Playwright's clicks.
 */
export function trustedClick(element: Element) {
  const view = element.ownerDocument.defaultView!;
  const event = new view.MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
