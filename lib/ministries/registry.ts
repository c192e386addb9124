/** Every ministry site the extension knows, in one list: the manifest and the detectors read it. */
import type { MinistrySite } from './types';
import { cnMfa } from './cn-mfa';
import { rokMofa } from './rok-mofa';
import { jpMofa } from './jp-mofa';
import { usState } from './us-state';
import { ukFcdo } from './uk-fcdo';
import { ruMid } from './ru-mid';
import { inMea } from './in-mea';
import { euEeas } from './eu-eeas';
import { deAa } from './de-aa';
import { frMeae } from './fr-meae';
import { auDfat } from './au-dfat';
import { caGac } from './ca-gac';

export const MINISTRIES: readonly MinistrySite[] = [
  cnMfa,
  rokMofa,
  jpMofa,
  usState,
  ukFcdo,
  ruMid,
  inMea,
  euEeas,
  deAa,
  frMeae,
  auDfat,
  caGac,
];
