// Types for esbuildOptions.mjs, so TypeScript tests can build with the same settings.
import type { BuildOptions } from 'esbuild';
export declare const nodeBundle: BuildOptions;
