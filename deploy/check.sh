#!/usr/bin/env bash
# Checks the deployment files without a container engine:
#   1. dockerfilelint 1.8.0 on deploy/Dockerfile (from the npm registry, cached in a temp folder);
#   2. every project of the repository is copied before `dotnet restore` in the Dockerfile;
#   3. the two copies of the build-context ignore list are equal;
#   4. systemd-analyze verify on the unit files, when systemd-analyze is installed;
#   5. deploy/docker-compose.yml against the Compose schema and dclint's rules (dclint 3.1.0, npm),
#      and `docker compose config` too when the compose plugin is installed;
#   plus shellcheck on the shell scripts here, when it is installed.
# Exits non-zero on any finding. Usage, from anywhere: bash deploy/check.sh
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
skip() { echo "skip: $*"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# npx keeps the linters it fetches in a temporary folder outside the repository, reused by the
# next run (DOCKERFILELINT_CACHE moves it).
export npm_config_cache="${DOCKERFILELINT_CACHE:-${TMPDIR:-/tmp}/mttq-bot-check-npm}"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# 1. dockerfilelint. Given a path that does not exist it would lint the path string itself, so the
#    file is checked first. Its exit code is the number of issues (modulo 256), so the report
#    line is checked too.
if [ ! -f deploy/Dockerfile ]; then
  fail "deploy/Dockerfile is missing"
else
  lint="$(npx --yes dockerfilelint@1.8.0 deploy/Dockerfile 2>&1)"
  status=$?
  echo "$lint"
  if [ "$status" -eq 0 ] && grep -q "Issues: None found" <<<"$lint"; then
    pass "dockerfilelint: no findings"
  else
    fail "dockerfilelint reported findings (exit $status)"
  fi
fi

# 2. The restore layer must see every project file, or `dotnet restore` misses one.
while IFS= read -r project; do
  if grep -Eq "^COPY ${project//./\\.} " deploy/Dockerfile; then
    pass "Dockerfile copies $project before the restore"
  else
    fail "Dockerfile does not copy $project before \`dotnet restore\`"
  fi
done < <(find . -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' -not -path './.git/*' | sed 's|^\./||' | sort)

# 3. The ignore list exists twice (BuildKit's Dockerfile-specific file and the copyable example).
if cmp -s deploy/Dockerfile.dockerignore deploy/dockerignore.example; then
  pass "deploy/Dockerfile.dockerignore and deploy/dockerignore.example are equal"
else
  fail "deploy/Dockerfile.dockerignore and deploy/dockerignore.example differ"
fi

# 4. systemd units. `verify` checks that ExecStart= programs exist, so it runs against a scratch
#    root holding the system's own units, the programs the units call and a stand-in program.
#    Unknown settings only print warnings, so any output at all counts as a finding.
if command -v systemd-analyze >/dev/null 2>&1; then
  root="$tmp/root"
  mkdir -p "$root/usr/lib/systemd" "$root/etc/systemd/system" "$root/opt/mttq-bot" "$root/bin" "$root/usr/bin"
  cp -a /usr/lib/systemd/system "$root/usr/lib/systemd/"
  cp deploy/systemd/*.service deploy/systemd/*.timer "$root/etc/systemd/system/"
  printf '#!/bin/sh\n' >"$root/opt/mttq-bot/Bot"
  chmod 755 "$root/opt/mttq-bot/Bot"
  cp /bin/sh "$root/bin/sh"
  cp /usr/bin/install "$root/usr/bin/install"
  units=()
  for unit in deploy/systemd/*.service deploy/systemd/*.timer; do units+=("$root/etc/systemd/system/$(basename "$unit")"); done
  verify="$(systemd-analyze verify --man=no --root="$root" "${units[@]}" 2>&1)"
  status=$?
  if [ "$status" -eq 0 ] && [ -z "$verify" ]; then
    pass "systemd-analyze verify: ${units[*]##*/}"
  else
    echo "$verify"
    fail "systemd-analyze verify (exit $status)"
  fi
  if when="$(systemd-analyze calendar "$(sed -n 's/^OnCalendar=//p' deploy/systemd/mttq-bot-backup.timer)" 2>&1)"; then
    pass "OnCalendar parses: $(grep -m1 'Next elapse' <<<"$when" | sed 's/^ *//')"
  else
    echo "$when"
    fail "OnCalendar of mttq-bot-backup.timer"
  fi
else
  skip "systemd-analyze is not installed (apt-get install systemd): unit files not verified"
fi
if command -v shellcheck >/dev/null 2>&1; then
  if shellcheck deploy/check.sh deploy/systemd/mttq-botctl; then
    pass "shellcheck: deploy/check.sh deploy/systemd/mttq-botctl"
  else
    fail "shellcheck"
  fi
else
  skip "shellcheck is not installed"
fi

# 5. Compose file: schema and lint rules, then (where installed) Compose itself, with the example
#    settings standing in for deploy/bot.env.
compose_lint="$(npx --yes dclint@3.1.0 deploy/docker-compose.yml 2>&1)"
status=$?
if [ "$status" -eq 0 ] && ! grep -q "problems" <<<"$compose_lint"; then
  pass "dclint: deploy/docker-compose.yml matches the Compose schema, no findings"
else
  echo "$compose_lint"
  fail "dclint deploy/docker-compose.yml (exit $status)"
fi
if docker compose version >/dev/null 2>&1; then
  mkdir -p "$tmp/repo/deploy"
  cp deploy/docker-compose.yml "$tmp/repo/deploy/"
  cp deploy/bot.env.example "$tmp/repo/deploy/bot.env"
  if docker compose -f "$tmp/repo/deploy/docker-compose.yml" config --quiet; then
    pass "docker compose config"
  else
    fail "docker compose config"
  fi
else
  skip "docker compose is not installed: \`docker compose config\` not run"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures finding(s)"
  exit 1
fi
echo "deploy/: all checks passed"
