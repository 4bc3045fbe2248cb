/** Mounting and settling helpers for component tests under happy-dom. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

const roots: HTMLElement[] = [];

/** Renders `vnode` into a fresh container in the document and runs its effects. */
export async function mount(vnode: VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => {
    render(vnode, root);
  });
  return root;
}

/** Lets pending promises and timers up to `ms` run, with Preact's updates applied. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
    });
  }
}

/** Clicks an element inside act, so the re-render is applied before the test looks. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** Unmounts everything mounted by this file's tests (stops the popup's polling). */
export function unmountAll(): void {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
}

/** The element matching `selector`, or a failure naming it. */
export function $(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** The text of every element matching `selector`. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

/** The ids of the documents the options page's table lists, in order. */
export function listedDocuments(root: ParentNode): (string | null)[] {
  return [...root.querySelectorAll('[data-testid="documents"] tbody tr[data-doc]')].map((tr) =>
    tr.getAttribute('data-doc'),
  );
}
