/**
 * Makes sure a Chromium or Chrome is there: on Debian/Ubuntu as root it installs Debian's
 * chromium; elsewhere it stops with the exact command to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, INSTALL_HINT } from './browser-path';

export function ensureBrowser(): string {
  try {
    return findBrowser();
  } catch {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('▶ installing chromium (apt-get install -y chromium)');
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
        { stdio: 'inherit' },
      );
      return findBrowser();
    }
    throw new Error(INSTALL_HINT);
  }
}
