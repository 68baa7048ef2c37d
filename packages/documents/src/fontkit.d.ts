/** fontkit ships no types; pdfkit takes its parsed fonts as they are, so only opening one is declared. */
declare module 'fontkit' {
  export function openSync(path: string): object;
}
