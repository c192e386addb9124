/** The country-name tables of i18n-iso-countries, imported as data (TypeScript does not type JSON inside a typed package). */
declare module 'i18n-iso-countries/langs/*.json' {
  const names: { locale: string; countries: Record<string, string | string[]> };
  export default names;
}
