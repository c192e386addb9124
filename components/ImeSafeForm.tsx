import type { ComponentChildren } from 'preact';

/**
 * Enter that confirms an IME composition (Chinese, Japanese, Korean input) is not a submit:
 * its keydown carries `isComposing` (keyCode 229 in older engines), and cancelling it stops the
 * form's implicit submission.
 */
export function isCompositionEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.isComposing || event.keyCode === 229);
}

export function preventCompositionEnter(event: KeyboardEvent): void {
  if (isCompositionEnter(event)) event.preventDefault();
}

/** A form whose submit never comes from an IME's Enter; `onSubmit` runs without reloading. */
export function ImeSafeForm({
  onSubmit,
  children,
  ...rest
}: {
  /** Gets the submit event, so a caller can ask whether the user made it (`isTrusted`). */
  onSubmit: (event: Event) => void;
  children: ComponentChildren;
  class?: string;
  role?: 'search';
  'aria-label'?: string;
}) {
  return (
    <form
      {...rest}
      onKeyDown={preventCompositionEnter}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(e);
      }}
    >
      {children}
    </form>
  );
}
