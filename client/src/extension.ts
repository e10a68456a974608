// VS Code client entry (wired in the language-server issue).
export function activate(): void {}
export function deactivate(): void {}
