declare module '*/examples/html/serve.mjs' {
  export const CSP: string;
  export function serve(port?: number, root?: string): Promise<import('node:http').Server>;
}
