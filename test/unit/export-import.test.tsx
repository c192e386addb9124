// @vitest-environment happy-dom
/**
 * The archive page's export/import section: an import that did not end is shown with what the
 * user can do about it (undo it or retry the undo, or keep what was imported), and the file
 * input waits until it is decided.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ExportImport } from '../../components/archive/ExportImport';
import type { PendingImport } from '../../lib/archive';

function mount(pendingImport: PendingImport | null) {
  const handlers = { onExport: vi.fn(), onImport: vi.fn(), onResolveImport: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ExportImport job={null} pendingImport={pendingImport} {...handlers} />, root));
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
  return { root, handlers, button };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ExportImport', () => {
  it('a failed undo: says so with the reason, offers to retry it or keep what was imported', () => {
    const { root, handlers, button } = mount({
      phase: 'rollback-failed',
      linesDone: 9,
      total: 11,
      error: 'Out of storage space.',
    });
    expect(root.querySelector('[role=alert]')?.textContent).toContain(
      'An import failed and undoing it did not finish: part of it is still in the archive. Out of storage space.',
    );
    expect(root.querySelector<HTMLInputElement>('input[type=file]')!.disabled).toBe(true);
    act(() => button('Retry the undo')!.click());
    expect(handlers.onResolveImport).toHaveBeenLastCalledWith('undo');
    act(() => button('Keep what was imported')!.click());
    expect(handlers.onResolveImport).toHaveBeenLastCalledWith('keep');
  });

  it('an interrupted import: how far it got, undo or keep', () => {
    const { root, handlers, button } = mount({ phase: 'interrupted', linesDone: 9, total: 11 });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('(9 of 11 lines landed)');
    act(() => button('Undo the import')!.click());
    expect(handlers.onResolveImport).toHaveBeenCalledWith('undo');
  });

  it('nothing pending, or an import running elsewhere: no choice offered', () => {
    expect(mount(null).root.querySelector('[role=alert]')).toBeNull();
    const running = mount({ phase: 'importing', linesDone: 3, total: 11 });
    expect(running.root.querySelector('[role=alert]')).toBeNull();
    expect(running.root.querySelector<HTMLInputElement>('input[type=file]')!.disabled).toBe(true);
  });

  it('exports the backup compressed when the box is ticked', () => {
    const { root, handlers, button } = mount(null);
    act(() => button('Back up everything (JSON Lines, with glossary)')!.click());
    expect(handlers.onExport).toHaveBeenLastCalledWith('backup', false);
    const box = root.querySelector<HTMLInputElement>('input[name=compress]')!;
    act(() => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button('Back up everything (JSON Lines, with glossary)')!.click());
    expect(handlers.onExport).toHaveBeenLastCalledWith('backup', true);
  });
});
