import { defineConfig } from 'wxt';
import { CONTENT_MATCHES, MINISTRY_MATCHES } from './lib/ministries/matches';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recognitionFileBytes } from './lib/kb/recognition-data';
import { KB_RECOGNITION_FILE } from './lib/kb/recognition-binary';
import { KB_DETAILS_FILE_CONTENTS } from './lib/kb/details-data';
import { KB_DETAILS_FILE } from './lib/kb/details-router';
import { catalogFiles } from './lib/i18n/catalog-file-data';
import { CATALOG_FILE_LOCALES, catalogFileName } from './lib/i18n/catalog-file';
import { CONTENT_PART_FILES } from './lib/content-part-files';
import {
  CONTENT_SCRIPT_MODULES,
  CONTENT_STAND_INS,
  isPureModule,
  READER_ENTRYPOINT,
} from './lib/content-build';
import { manifestOrigins, webAccessibleOrigins } from './scripts/manifest-origins';

// Manifest host permissions and content-script matches come from the ministry registry (issue 3);
// 127.0.0.1 serves the bundled sample pages and the browser tests, so only the builds that never
// ship declare it (`wxt` dev mode and `wxt build --mode e2e`; see scripts/manifest-origins.ts).
export const SAMPLE_HOST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The KB split: the content script fetches the recognition fields and compiled patterns as a
  // binary file (lib/kb/recognition-binary.ts; web-accessible, see the manifest below); the card
  // details go to a packaged file the background reads at the first card (asked for with
  // `kb/details`; not web-accessible, so pages cannot probe it).
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: KB_DETAILS_FILE, contents: JSON.stringify(KB_DETAILS_FILE_CONTENTS) });
      // The UI languages other than English, one file each, for the content script's card.
      for (const { path, contents } of catalogFiles()) files.push({ relativeDest: path, contents });
      // Binary: written to WXT's own directory and copied from there.
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      const recognitionFile = join(wxt.config.wxtDir, KB_RECOGNITION_FILE);
      writeFileSync(recognitionFile, recognitionFileBytes());
      files.push({ relativeDest: KB_RECOGNITION_FILE, absoluteSrc: recognitionFile });
    },
    // The content script's and the reader part's builds: data a part brings on demand is swapped
    // for a stand-in (lib/content-build.ts). The content script's alone: its English messages
    // are the few it speaks, and what it imports of lib/ministries (detectPage) comes without the
    // extraction the reader part does.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const contentScript = entrypoints.some((entrypoint) => entrypoint.type === 'content-script');
      if (!contentScript && !entrypoints.some((entrypoint) => entrypoint.name === READER_ENTRYPOINT)) return;
      const generated = '\0readout-lens:content-script:';
      viteConfig.plugins = [
        ...(viteConfig.plugins ?? []),
        {
          name: 'readout-lens:content-stand-ins',
          enforce: 'pre',
          async resolveId(source, importer, options) {
            const standIn = CONTENT_STAND_INS[source];
            if (standIn) return this.resolve(standIn, importer, { ...options, skipSelf: true });
            if (!contentScript) return null;
            const module = CONTENT_SCRIPT_MODULES[source];
            if (module && importer && module.importerDir.test(dirname(importer))) return generated + source;
            const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
            return resolved && isPureModule(resolved.id)
              ? { ...resolved, moduleSideEffects: false }
              : resolved;
          },
          load(id) {
            return id.startsWith(generated)
              ? CONTENT_SCRIPT_MODULES[id.slice(generated.length)]!.source()
              : null;
          },
        },
      ];
    },
    // The content script's matches are declared in its entrypoint (CONTENT_MATCHES, loopback
    // included): the mode decides here which of them a build keeps, and which scheme.
    'build:manifestGenerated': (wxt, manifest) => {
      const mode = wxt.config.mode;
      if (manifest.host_permissions)
        manifest.host_permissions = manifestOrigins(manifest.host_permissions, mode);
      for (const script of manifest.content_scripts ?? [])
        if (script.matches) script.matches = manifestOrigins(script.matches, mode);
      // The content script fetches the KB file, its UI language's catalog and its parts: web-accessible to the sites it runs on only, and
      // in Chrome only under the per-session URL runtime.getURL gives (so a page cannot probe a
      // fixed URL for it; Firefox's extension URLs are per-install already).
      manifest.web_accessible_resources = [
        {
          resources: [
            KB_RECOGNITION_FILE,
            ...CATALOG_FILE_LOCALES.map(catalogFileName),
            // The content script's parts loaded on demand (entrypoints/content/parts.ts): code only.
            ...Object.values(CONTENT_PART_FILES),
          ],
          matches: webAccessibleOrigins(manifestOrigins(CONTENT_MATCHES, mode)),
          ...(wxt.config.browser === 'chrome' ? { use_dynamic_url: true } : {}),
        },
      ];
    },
  },
  manifest: {
    // Name, description and command labels in the UI languages: public/_locales/*/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: wakes sync's replication after Chrome stops the idle service worker (issue 12).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    // The ministry sites from the registry; any other site is added at run time (sites/enable).
    host_permissions: [...MINISTRY_MATCHES, ...SAMPLE_HOST_MATCHES],
    // Any other ministry's site, asked for one origin at a time from the popup: https only.
    optional_host_permissions: ['https://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'readout-lens@readout-lens.dev',
        // 140 (the ESR of June 2025) is the first that reads data_collection_permissions,
        // which AMO requires; an older minimum makes addons-linter warn.
        strict_min_version: '140.0',
        // Nothing leaves the browser: the archive and glossary stay in the profile.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
    commands: {
      'save-readout': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSave__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNextTerm__',
      },
    },
  },
});
