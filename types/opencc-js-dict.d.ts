/** opencc-js's dictionary modules (devDependency, read by scripts/build-traditional-chinese.ts). */
declare module 'opencc-js/dict/*' {
  /** Entries "source replacement", separated by "|". */
  const data: string;
  export default data;
}
