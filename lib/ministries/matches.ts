/**
 * Content-script match patterns: the ministry sites, plus the loopback hosts that serve the
 * bundled sample pages. Generated from the registry once it lands (issue 3).
 */
export const MINISTRY_MATCHES = [
  '*://*.fmprc.gov.cn/*',
  '*://*.mfa.gov.cn/*',
  '*://*.china-embassy.gov.cn/*',
  '*://*.chineseembassy.org/*',
  '*://*.china-embassy.org/*',
  '*://*.china-consulate.org/*',
  '*://*.chineseconsulate.org/*',
  '*://*.mofa.go.kr/*',
  '*://*.mofa.go.jp/*',
  '*://*.state.gov/*',
  '*://*.mid.ru/*',
];
export const SAMPLE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const CONTENT_MATCHES = [...MINISTRY_MATCHES, ...SAMPLE_MATCHES];
