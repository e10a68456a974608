#!/usr/bin/env bash
# Installs what the editor end-to-end tests need, outside the extension's own dependencies:
#   system (Debian, as root): chromium, ripgrep, neovim, and libkrb5-dev + pkg-config + a compiler
#     for code-server's native modules;
#   .e2e/ (gitignored): code-server 4.100.3 and playwright-core, from test/e2e/package.json.
# Idempotent: a second run with nothing changed takes a second.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
E2E="$ROOT/.e2e"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v nvim >/dev/null || missing+=(neovim)
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e: missing system packages: ${missing[*]} (install them as root: apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "e2e: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp="$E2E/.installed-$(cat "$ROOT"/test/e2e/package*.json | sha1sum | cut -c1-12)"
if [ -e "$stamp" ] && [ -x "$E2E/node_modules/.bin/code-server" ]; then
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which this network cannot reach; it
# first looks in its cache, so seed that with Debian's rg.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  rgdir="$(mktemp -d)"
  cp "$(command -v rg)" "$rgdir/rg"
  tar czf "$tarball" -C "$rgdir" rg
  rm -rf "$rgdir"
fi

rm -rf "$E2E"
mkdir -p "$E2E"
cp "$ROOT/test/e2e/package.json" "$E2E/"
[ -e "$ROOT/test/e2e/package-lock.json" ] && cp "$ROOT/test/e2e/package-lock.json" "$E2E/"
cd "$E2E"
# code-server's postinstall refuses root without unsafe-perm, runs a nested `npm install` in
# lib/vscode (native modules: node-pty, kerberos, spdlog, watcher… built with node-gyp, which npx
# must fetch without asking), and npm 11 runs no dependency install scripts unless allowed: the
# nested install has no allowScripts of its own, so allow them for this tools-only folder.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
if [ -e package-lock.json ]; then npm ci --no-progress; else npm install --no-progress; fi
test -x node_modules/.bin/code-server
touch "$stamp"
echo "e2e: tools installed in $E2E ($(du -sh "$E2E" | cut -f1))"
