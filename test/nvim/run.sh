#!/usr/bin/env bash
# Headless Neovim end-to-end test: the standalone server over stdio (contract §1), a hover and the
# diagnostics of the e2e draft. Needs `nvim` (Debian: apt-get install neovim) and `npm run build`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v nvim >/dev/null || { echo "nvim: not installed (apt-get install -y neovim)" >&2; exit 1; }
[ -f "$ROOT/server/out/server.js" ] || { echo "nvim: run npm run build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$ROOT/test/e2e/workspace/draft.md" "$work/draft.md"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
export PROVENANCE_ROOT="$ROOT"
cd "$work"
timeout 180 nvim --headless --clean -c "luafile $ROOT/test/nvim/check.lua" draft.md
