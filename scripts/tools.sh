# shellcheck shell=bash
# Installers shared by scripts/run and scripts/test. Each one checks first and
# does nothing when the right version is already there, so both commands stay
# quick on a machine that has everything. Everything comes from a package
# registry (crates.io, npm, Debian); nothing is downloaded from anywhere else.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/target/tools/bin:$PATH"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen CLI must match the library in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]]; then
    say "installing wasm-bindgen-cli $want"
    # Not --locked: the CLI's own lockfile names a crate the registry no longer has.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install wasm-bindgen-cli --version "$want"
  fi
}

# Debian's binaryen is too old to read current rustc output; npm's is current.
ensure_wasm_opt() {
  local prefix="$ROOT/target/tools"
  if [[ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version ${BINARYEN_VERSION%%.*}"* ]]; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    command -v npm >/dev/null || ensure_apt nodejs npm
    npm install --no-audit --no-fund --prefix "$prefix" "binaryen@$BINARYEN_VERSION" >/dev/null
    mkdir -p "$prefix/bin"
    ln -sf "../node_modules/.bin/wasm-opt" "$prefix/bin/wasm-opt"
  fi
}

APT_UPDATED=0
ensure_apt() {
  local missing=()
  local cmd
  for cmd in "$@"; do
    dpkg -s "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    if ((APT_UPDATED == 0)); then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_browser() {
  ensure_apt chromium chromium-driver
}

ensure_rust_components() {
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
}

# Everything the page build needs. trunk runs cargo offline, so the crates are
# fetched first; the tools are the exact versions Trunk.toml names.
ensure_page_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
}

# Issue #15: the OCR engine the page loads when a picture needs it, from npm,
# pinned. index.html has trunk copy the few files it uses into dist/ocr/, so
# the page serves them from its own origin and never asks a CDN.
OCR_PACKAGES=(tesseract.js@7.0.0 tesseract.js-core@7.0.0 @tesseract.js-data/eng@1.0.0)
ensure_ocr_assets() {
  local prefix="$ROOT/target/ocr"
  local stamp="$prefix/installed"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "${OCR_PACKAGES[*]}" ]]; then
    say "installing the OCR engine (npm ${OCR_PACKAGES[*]})"
    command -v npm >/dev/null || ensure_apt nodejs npm
    npm install --no-audit --no-fund --prefix "$prefix" "${OCR_PACKAGES[@]}" >/dev/null
    printf '%s' "${OCR_PACKAGES[*]}" >"$stamp"
  fi
}

# Issue #16: the CJK character maps the worker fetches when a PDF needs one,
# written from the crates.io hayro-cmap crate by tools/cmaps into target/cmaps;
# index.html has trunk copy them into dist/cmaps/.
ensure_cmap_assets() {
  say "writing the CJK character maps (target/cmaps)"
  (cd "$ROOT" && cargo run -q --locked -p shortlist-cmaps -- "$ROOT/target/cmaps")
}

# Builds the page in release mode into dist/.
build_page() {
  ensure_ocr_assets
  ensure_cmap_assets
  say "building the page (trunk build --release)"
  (cd "$ROOT" && cargo fetch --locked && trunk build --release --dist "$ROOT/dist")
}
