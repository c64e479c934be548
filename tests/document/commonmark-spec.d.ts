// Types for the commonmark-spec package (the CommonMark spec's examples as data).
declare module 'commonmark-spec' {
  export const text: string;
  export const tests: { markdown: string; html: string; section: string; number: number }[];
}
