/** Types of env-file.mjs, for the TypeScript scripts that use it. */
export function randomSecrets(): Record<string, string>;
export function ensureEnvFile(file: string): boolean;
