#!/usr/bin/env bash
# Refresh the vendored browser assets from their npm packages at the versions pinned in
# package.json / package-lock.json. Only the files listed below are copied into
# web/vendor/npm/<package>@<version>/<path> (the layout of unpkg URLs), then SHA256SUMS is
# rewritten; tests/web/test_vendor.py checks both. Run it after changing a version:
#   bash web/vendor/refresh.sh
# Nothing here runs at server start: the copied files are committed.
set -euo pipefail
cd "$(dirname "$0")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp package.json package-lock.json "$WORK/"
(cd "$WORK" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

version() { node -p "require('$WORK/node_modules/$1/package.json').version"; }

# package  path-glob (relative to the package) ...
FILES=(
  "@gouvfr/dsfr dist/core/core.min.css dist/core/core.module.min.js"
  "@gouvfr/dsfr dist/fonts/Marianne-*.woff2 dist/fonts/Spectral-*.woff2 dist/favicon/*"
  "@gouvfr/dsfr dist/component/{accordion,alert,badge,button,card,checkbox,footer,form,header,input,link,logo,modal,notice,pagination,radio,select,skiplink,stepper,table,tag,toggle,tooltip,segmented,summary,tile}/*.min.css"
  "@gouvfr/dsfr dist/component/{accordion,header,modal,tooltip,toggle,segmented,table,navigation}/*.module.min.js"
  "@gouvfr/dsfr dist/component/navigation/navigation.min.css"
  "@gouvfr/dsfr dist/utility/icons/icons-{system,arrows,user,document,business,communication}/*.min.css dist/icons/{system,arrows,user,document,business,communication}/*.svg"
  "@gouvfr/dsfr-chart dist/BarChart/BarChart.js dist/BarChart/BarChart.css dist/PieChart/PieChart.js dist/PieChart/PieChart.css"
  "graphql-ws dist/client.js dist/common-*.js"
  "axe-core axe.min.js"
  "graphiql graphiql.min.js graphiql.min.css"
  "@graphiql/plugin-explorer dist/index.umd.js dist/style.css"
  "react umd/react.production.min.js"
  "react-dom umd/react-dom.production.min.js"
  "js-cookie dist/js.cookie.min.js"
  "@gouvfr/dsfr LICENSE.md"
)

rm -rf npm
set -f  # globs are expanded inside each package, not here
for entry in "${FILES[@]}"; do
  read -r pkg globs <<<"$entry"
  ver=$(version "$pkg")
  src="$WORK/node_modules/$pkg"
  dest="npm/$pkg@$ver"
  for glob in $globs; do
    matched=0
    for file in $(cd "$src" && set +f && eval "ls -d $glob" 2>/dev/null); do
      [ -f "$src/$file" ] || continue
      case "$file" in *.print.min.css|*.legacy.min.css|*.main.min.css) continue;; esac
      mkdir -p "$dest/$(dirname "$file")"
      cp "$src/$file" "$dest/$file"
      matched=1
    done
    [ "$matched" = 1 ] || { [[ "$glob" == *LICENSE* ]] && continue; echo "FATAL: nothing matches $pkg/$glob" >&2; exit 1; }
  done
done
find npm -type f | LC_ALL=C sort | xargs sha256sum > SHA256SUMS
echo "vendored $(wc -l < SHA256SUMS) files, $(du -sh npm | cut -f1)"
