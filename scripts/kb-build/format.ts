import { format } from 'prettier';
import type { KbEntity } from '../../lib/kb/schema';

/** A KB file as the repository's `prettier --check` expects it. */
export async function formatKbFile(entities: readonly KbEntity[]): Promise<string> {
  return format(JSON.stringify(entities), { parser: 'json', printWidth: 110 });
}
