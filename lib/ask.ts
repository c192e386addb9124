/**
 * How extension pages ask the background: the reply as a `Result`, never a throw. A missing
 * reply (the worker stopped mid-answer) or a failed send is a failure with code `no-answer`,
 * so every page shows the same message for it. The caller passes its `runtime.sendMessage`.
 * zod-free (lib/result), so the popup's first-paint script can use it.
 */
import { err, type Result } from './result';

export function askThrough(send: (message: unknown) => Promise<unknown>) {
  return <T>(message: unknown): Promise<Result<T>> =>
    (send(message) as Promise<Result<T> | undefined>).then(
      (reply) => reply ?? err('no answer from the background', 'no-answer'),
      (e: unknown) => err(e instanceof Error ? e.message : String(e), 'no-answer'),
    );
}
