#!/usr/bin/env bash
# Regenerates the single `Initial` EF Core migration of every provider from the current CaseFlowDbContext model.
# Idempotent: removes Migrations/{Sqlite,PostgreSql,SqlServer}, builds CaseFlow.Data once, adds the three migrations
# without rebuilding, then builds again to prove the generated code compiles (warnings are errors).
# Needs no database server. If anything fails, the previous migrations are put back.
#
#   src/CaseFlow.Data/regenerate-migrations.sh            # Debug build
#   CONFIGURATION=Release src/CaseFlow.Data/regenerate-migrations.sh
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
project="src/CaseFlow.Data/CaseFlow.Data.csproj"
configuration="${CONFIGURATION:-Debug}"
providers=(Sqlite PostgreSql SqlServer)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "$repo_root"
dotnet tool restore >/dev/null   # dotnet-ef, pinned in .config/dotnet-tools.json

backup="$(mktemp -d)"
restore_backup() {
  local status=$?
  if [[ $status -ne 0 ]]; then
    echo "regenerate-migrations: failed (exit $status); restoring the previous migrations" >&2
    for p in "${providers[@]}"; do
      rm -rf "$script_dir/Migrations/$p"
      if [[ -d "$backup/$p" ]]; then mkdir -p "$script_dir/Migrations"; mv "$backup/$p" "$script_dir/Migrations/$p"; fi
    done
  fi
  rm -rf "$backup"
  exit $status
}
trap restore_backup EXIT

# Move the old migrations out of the project so the build below compiles none of them.
for p in "${providers[@]}"; do
  if [[ -d "$script_dir/Migrations/$p" ]]; then mv "$script_dir/Migrations/$p" "$backup/$p"; fi
done

dotnet build "$project" -c "$configuration" -nologo -v quiet

for p in "${providers[@]}"; do
  echo "regenerate-migrations: $p"
  dotnet tool run dotnet-ef migrations add Initial \
    --project "$project" --startup-project "$project" \
    --context "${p}CaseFlowDbContext" --output-dir "Migrations/$p" \
    --configuration "$configuration" --no-build
done

dotnet build "$project" -c "$configuration" -nologo -v quiet
echo "regenerate-migrations: done (${providers[*]})"
