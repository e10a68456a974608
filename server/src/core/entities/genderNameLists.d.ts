// Types for the per-language first-name maps that gender-detection-from-name ships (CommonJS).
declare module 'gender-detection-from-name/names/*' {
  const names: Map<string, 'male' | 'female'>;
  export = names;
}
