declare module 'virtual:topic-colours.css';
declare module 'virtual:site-fonts.css';

// subset-font ships no type declarations; this is the one call the build uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; noHinting?: boolean; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}

/** England and Wales bank holidays as "YYYY-MM-DD", worked out at build time (src/integrations/bank-holidays.ts). */
declare module 'virtual:bank-holidays' {
  const dates: readonly string[];
  export default dates;
}
