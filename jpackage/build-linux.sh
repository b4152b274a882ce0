#!/usr/bin/env bash
# Builds the Linux app-image and .deb. Run by `./mvnw -B -Pdist package` after the jar and its dependencies
# are in target/; usable alone as `jpackage/build-linux.sh <version> <target dir>`.
#   target/dist/app-image/mixpay-pos/   the app-image (bin/mixpay-pos starts it)
#   target/dist/deb/mixpay-pos_<version>_amd64.deb
set -euo pipefail
version=${1:?version}
target=$(cd "${2:?target dir}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
dist="$target/dist"
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
bin="$JAVA_HOME/bin"

rm -rf "$dist/input" "$dist/javafx" "$dist/runtime" "$dist/app-image" "$dist/deb"
mkdir -p "$dist/input" "$dist/javafx" "$dist/deb"

# JavaFX's platform jars go into the runtime as modules; everything else (and the app) stays on the classpath.
for jar in "$dist/libs"/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$dist/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$dist/input/" ;;
  esac
done
cp "$target/mixpay-pos-$version.jar" "$dist/input/"

echo "== jlink"
"$bin/jlink" --module-path "$dist/javafx" \
  --add-modules javafx.controls,java.sql,java.xml,java.logging,java.naming,java.desktop,java.management,jdk.crypto.ec,jdk.unsupported,jdk.httpserver,jdk.localedata,jdk.zipfs \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$dist/runtime"
# JavaFX's native libraries go next to the JDK's, so nothing is unpacked into the user's home at first start.
natives=$(mktemp -d)
(cd "$natives" && "$bin/jar" xf "$(ls "$dist"/javafx/javafx-graphics-*-linux.jar)")
find "$natives" -name '*.so' -exec cp {} "$dist/runtime/lib/" \;
rm -rf "$natives"
# The runtime's base class-data archive; the app's own archive below builds on it.
"$dist/runtime/bin/java" -Xshare:dump -XX:SharedArchiveFile="$dist/runtime/lib/server/classes.jsa" >/dev/null

mapfile -t options < <(grep -v '^\s*$' "$root/jpackage/java.options")
java_options=()
for o in "${options[@]}"; do java_options+=(--java-options "$o"); done

echo "== jpackage app-image"
"$bin/jpackage" --type app-image @"$root/jpackage/common.args" \
  --input "$dist/input" --main-jar "mixpay-pos-$version.jar" --main-class app.mixpos.Main \
  --runtime-image "$dist/runtime" --app-version "$version" --icon "$root/assets/icon/mixpay-pos-256.png" \
  --dest "$dist/app-image" "${java_options[@]}"
app="$dist/app-image/mixpay-pos"
cp "$root/jpackage/linux/mixpay-pos.desktop" "$app/lib/"
cp "$root/assets/icon/mixpay-pos-256.png" "$app/lib/mixpay-pos.png"

# The app's class-data archive: start it once (headless, in training mode, in a throw-away data folder) and
# let the JVM record the classes it loaded. Needs a display: xvfb-run (Debian: xvfb xauth).
if command -v xvfb-run >/dev/null 2>&1; then
  echo "== AppCDS archive"
  scratch=$(mktemp -d)
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/lib/app/mixpay-pos.jsa" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$app/bin/mixpay-pos" --smoke --data-dir "$scratch/data" || true
  rm -rf "$scratch"
  if [ -s "$app/lib/app/mixpay-pos.jsa" ]; then
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/mixpay-pos.jsa' 'java-options=-Xshare:auto' \
      >> "$app/lib/app/mixpay-pos.cfg"
  else
    echo "(no AppCDS archive: the training run failed; the app starts without it)"
  fi
else
  echo "(no xvfb-run: no AppCDS archive; the app starts without it)"
fi

echo "== jpackage deb"
"$bin/jpackage" --type deb @"$root/jpackage/common.args" @"$root/jpackage/linux.args" \
  --app-image "$app" --app-version "$version" --resource-dir "$root/jpackage/linux" --dest "$dist/deb"

du -sh "$app" "$dist"/deb/*.deb
