#!/usr/bin/env bash
# Adds one named EF Core migration for every provider (SQLite, PostgreSQL, SQL Server) from the current model.
# Databases created from earlier migrations upgrade in place at start-up. Needs no database server.
#
#   src/CaseFlow.Data/add-migration.sh IncidentCase
set -euo pipefail
name="${1:?usage: add-migration.sh MigrationName}"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$script_dir/../.."
project="src/CaseFlow.Data/CaseFlow.Data.csproj"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet tool restore >/dev/null
dotnet build "$project" -nologo -v quiet
for p in Sqlite PostgreSql SqlServer; do
  echo "add-migration: $p $name"
  dotnet tool run dotnet-ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${p}CaseFlowDbContext" --output-dir "Migrations/$p" --no-build
done
dotnet build "$project" -nologo -v quiet
