#!/usr/bin/env bash
# Installs what test/vscode/run.mjs needs into .vscode-test/ (git-ignored), skipping what is there:
# Node 24 and code-server from the npm registry, Chromium and the Kerberos headers from Debian.
# See ../shared/recipes/vscode-tests.md. Idempotent; safe to run on every CI run.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1

# Run from `npm test`, this script inherits the outer npm's npm_* variables; the installs below must
# not: npm_config_user_agent names Node 20, and code-server's postinstall refuses on that.
for var in $(compgen -e | grep '^npm_'); do unset "$var"; done

CACHE=$PWD/.vscode-test
NODE24_DIR=$CACHE/node24
NODE24_PKG=$NODE24_DIR/node_modules/node
CS_DIR=$CACHE/code-server
CS_MARKER=$CS_DIR/.installed-$CODE_SERVER_VERSION

# Debian packages: libkrb5-dev for code-server's kerberos module, chromium to drive the workbench.
missing=()
dpkg -s libkrb5-dev > /dev/null 2>&1 || missing+=(libkrb5-dev)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif sudo -n true 2> /dev/null; then SUDO=(sudo -n); else
    echo "error: apt packages missing and not root: ${missing[*]}" >&2
    exit 1
  fi
  echo "== apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "== apt packages present: libkrb5-dev, chromium"
fi

# Node 24 from the npm registry (code-server 4.139 declares engines.node 24; the machine has 20).
if [ -x "$NODE24_PKG/bin/node" ]; then
  echo "== node $("$NODE24_PKG/bin/node" --version) present in $NODE24_DIR"
else
  echo "== npm install node@24 into $NODE24_DIR"
  # The node package fetches its binary in a preinstall script; npm 11 runs a dependency's scripts
  # only when the project's package.json allows them.
  mkdir -p "$NODE24_DIR"
  echo '{ "private": true, "allowScripts": { "node": true } }' > "$NODE24_DIR/package.json"
  npm install --prefix "$NODE24_DIR" --no-audit --no-fund node@24
fi
if ! "$NODE24_PKG/bin/node" --version 2> /dev/null | grep -q '^v24\.'; then
  echo "error: $NODE24_PKG/bin/node is not Node 24 (did the node package's install script run?)" >&2
  exit 1
fi

# code-server, with Node 24 first on PATH. node-gyp is pointed at Node 24's own headers (shipped in
# the node package) because the machine's npm config sets nodedir=/usr, Node 20's headers.
if [ -f "$CS_MARKER" ]; then
  echo "== code-server $CODE_SERVER_VERSION present in $CS_DIR"
else
  echo "== npm install code-server@$CODE_SERVER_VERSION into $CS_DIR (compiles native modules: ~8 min)"
  start=$SECONDS
  nodedir=("$NODE24_PKG"/node_modules/node-linux-*)
  if [ ! -f "${nodedir[0]}/include/node/node_version.h" ]; then
    echo "error: no Node 24 headers under $NODE24_PKG/node_modules" >&2
    exit 1
  fi
  PATH="$NODE24_PKG/bin:$PATH" npm_config_nodedir="${nodedir[0]}" \
    npm install --prefix "$CS_DIR" --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION"
  touch "$CS_MARKER"
  echo "== code-server installed in $((SECONDS - start)) s"
fi
