/**
 * U.S. Department of State: state.gov (WordPress since 2019). Readouts say "met today"; their
 * date is the publication date in `.article-meta`.
 */
import type { MinistrySite } from './types';

export const usState: MinistrySite = {
  id: 'us-state',
  name: { en: 'U.S. Department of State', native: 'U.S. Department of State' },
  country: 'US',
  timeZone: 'America/New_York',
  languages: ['en'],
  matches: ['*://*.state.gov/*'],
  markers: ['.featured-content__headline', '.article-meta__publish-date'],
  selectors: {
    title: ['h1.featured-content__headline', '.featured-content__headline', 'h2.title.left'],
    date: [
      '.article-meta__publish-date',
      '.article-meta',
      '#date_long',
      'meta[property="article:published_time"]',
    ],
    body: ['.entry-content', '#centerblock'],
    chrome: [
      '.wp-block-breadcrumbs',
      '.featured-content__headline',
      '.article-meta',
      '.wp-block-tags-block',
      '.share-this-page',
    ],
    listing: ['li.collection-result', '.collection-results'],
  },
  testUrls: [
    'https://www.state.gov/secretary-blinkens-meeting-with-republic-of-korea-foreign-minister-chung-4/',
    'https://www.state.gov/press-releases/',
    'https://2017-2021.state.gov/secretary-pompeos-call-with-chinese-politburo-member-yang-jiechi/',
    'https://travel.state.gov/content/travel/en/us-visas.html',
  ],
};
