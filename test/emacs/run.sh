#!/usr/bin/env bash
# Emacs (eglot) end-to-end check of the standalone server. Not part of CI (Emacs is a large
# install); needs `apt-get install -y emacs-nox elpa-eglot` (Debian 12: Emacs 28.2, eglot 1.9)
# and `npm run build`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v emacs >/dev/null || { echo "emacs: not installed (apt-get install -y emacs-nox elpa-eglot)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$ROOT/test/e2e/workspace/draft.md" "$work/draft.md"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
export PROVENANCE_ROOT="$ROOT" HOME="$work"
cd "$work"
timeout 180 emacs --batch -Q -l "$ROOT/test/emacs/check.el"
