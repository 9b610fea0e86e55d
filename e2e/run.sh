#!/usr/bin/env bash
# Builds nothing: starts `glokal serve` on a free port with a fresh data directory and the SPA
# from ./dist, runs the browser tests against it, stops the server again.
#
#   e2e/run.sh                        # uses `cargo run -p glokal -- serve`
#   GLOKAL_BIN=path/to/glokal e2e/run.sh   # uses a prebuilt server binary
#   e2e/run.sh tests/events.test.mjs       # only these test files
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/glokal/target}"

if [[ ! -f dist/index.html ]]; then
  echo "dist/index.html is missing: build the SPA first (trunk build --release --offline)" >&2
  exit 1
fi

data_dir="$(mktemp -d -t glokal-e2e-XXXXXX)"
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port="$(free_port)"
base_url="http://127.0.0.1:${port}"

# A stand-in for the Czech company register ARES (the tests must not depend on ares.gov.cz).
ares_port="$(free_port)"
node "${root}/e2e/fake-ares.mjs" "${ares_port}" &
ares_pid=$!
trap 'kill "${ares_pid}" 2>/dev/null || true' EXIT
export GLOKAL_ARES_URL="http://127.0.0.1:${ares_port}/ekonomicke-subjekty-v-be/rest"

export GLOKAL_BIND="127.0.0.1:${port}"
export GLOKAL_PUBLIC_URL="${base_url}"
# The test server's fixed settings, shared with `cargo xtask test`.
set -a
# shellcheck source=e2e/server.env
source "${root}/e2e/server.env"
set +a
export GLOKAL_DATA_DIR="${data_dir}"
export GLOKAL_STATIC_DIR="${root}/dist"

if [[ -n "${GLOKAL_BIN:-}" ]]; then
  "${GLOKAL_BIN}" serve >"${data_dir}/server.log" 2>&1 &
else
  cargo run --quiet -p glokal -- serve >"${data_dir}/server.log" 2>&1 &
fi
server_pid=$!
trap 'kill "${server_pid}" "${ares_pid}" 2>/dev/null || true; wait "${server_pid}" 2>/dev/null || true; echo "server log and outbox: ${data_dir}" >&2' EXIT

for _ in $(seq 1 600); do
  if curl -fsS "${base_url}/api/v1/info" >/dev/null 2>&1; then break; fi
  if ! kill -0 "${server_pid}" 2>/dev/null; then
    echo "the server exited; log:" >&2
    cat "${data_dir}/server.log" >&2
    exit 1
  fi
  sleep 1
done

# A platform administrator (as `glokal admin create` makes one), so tests can grant roles.
admin_email="e2e-admin@example.org"
admin_password="E2E-Admin-$(date +%s)-Zittauer-Gebirge"
if [[ -n "${GLOKAL_BIN:-}" ]]; then
  printf '%s' "${admin_password}" | "${GLOKAL_BIN}" admin create --email "${admin_email}" --name "E2E Admin" --password-stdin >/dev/null
else
  printf '%s' "${admin_password}" | cargo run --quiet -p glokal -- admin create --email "${admin_email}" --name "E2E Admin" --password-stdin >/dev/null
fi

cd e2e
[[ -d node_modules/playwright-core ]] || npm install --no-audit --no-fund
GLOKAL_E2E_BASE_URL="${base_url}" \
GLOKAL_E2E_OUTBOX="${data_dir}/outbox" \
GLOKAL_E2E_FAKE_ARES=1 \
GLOKAL_E2E_ADMIN_EMAIL="${admin_email}" \
GLOKAL_E2E_ADMIN_PASSWORD="${admin_password}" \
GLOKAL_E2E_ARTIFACTS="${GLOKAL_E2E_ARTIFACTS:-$root/e2e/artifacts}" \
  node --test --test-concurrency=1 "${@:-tests/}"
