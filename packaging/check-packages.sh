#!/usr/bin/env bash
# Checks the Debian packages CPack made in BUILD_DIR/packages (./dev package runs it):
# - each holds exactly the files listed below: no test or benchmark binary, no build path;
# - binaries are stripped and carry no RUNPATH into the build tree;
# - lintian finds no error (warnings are printed);
# - the AppStream metainfo validates;
# - the server's systemd unit, unpacked with its binary (dpkg -x into a temporary root), passes
#   `systemd-analyze verify` and scores at most 2.0 in `systemd-analyze security --offline`.
set -euo pipefail
build_dir=$(readlink -f "${1:?usage: packaging/check-packages.sh BUILD_DIR}")
packages="$build_dir/packages"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
problem() { echo "packaging check: $*" >&2; failed=1; }

expected_console="./usr/bin/compliance-console
./usr/share/applications/compliance-console.desktop
./usr/share/doc/compliance-console/changelog.gz
./usr/share/doc/compliance-console/copyright
./usr/share/icons/hicolor/128x128/apps/compliance-console.png
./usr/share/icons/hicolor/16x16/apps/compliance-console.png
./usr/share/icons/hicolor/22x22/apps/compliance-console.png
./usr/share/icons/hicolor/24x24/apps/compliance-console.png
./usr/share/icons/hicolor/256x256/apps/compliance-console.png
./usr/share/icons/hicolor/32x32/apps/compliance-console.png
./usr/share/icons/hicolor/48x48/apps/compliance-console.png
./usr/share/icons/hicolor/512x512/apps/compliance-console.png
./usr/share/icons/hicolor/64x64/apps/compliance-console.png
./usr/share/icons/hicolor/scalable/apps/compliance-console.svg
./usr/share/man/man1/compliance-console.1.gz
./usr/share/metainfo/compliance-console.metainfo.xml"
expected_server="./lib/systemd/system/compliance-stored.service
./usr/bin/compliance-stored
./usr/bin/compliancectl
./usr/share/doc/compliance-stored/changelog.gz
./usr/share/doc/compliance-stored/copyright
./usr/share/man/man1/compliancectl.1.gz
./usr/share/man/man8/compliance-stored.8.gz"

for package in compliance-console compliance-stored; do
  deb="$packages/${package}_${version}_${arch}.deb"
  [ -f "$deb" ] || { problem "$deb is missing"; continue; }
  expected=expected_console
  [ "$package" = compliance-stored ] && expected=expected_server
  # Files only (directories follow from them), in the order sort gives.
  dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort >"$work/$package.files"
  if ! diff -u <(sort <<<"${!expected}") "$work/$package.files" >"$work/$package.diff"; then
    problem "$package does not hold the expected files (- expected, + packaged):"
    cat "$work/$package.diff" >&2
  fi
  mkdir -p "$work/$package"
  dpkg-deb -x "$deb" "$work/$package"
  if grep -rlF "$build_dir" "$work/$package" >"$work/$package.buildpaths"; then
    problem "$package names the build tree $build_dir in: $(tr '\n' ' ' <"$work/$package.buildpaths")"
  fi
  for binary in "$work/$package"/usr/bin/*; do
    if readelf -S "$binary" | grep -qE '\.(debug_info|symtab)'; then
      problem "$package: ${binary#"$work/$package"} is not stripped"
    fi
    if readelf -d "$binary" | grep -qE 'RPATH|RUNPATH'; then
      problem "$package: ${binary#"$work/$package"} has an RPATH"
    fi
  done
done

echo "lintian:"
if ! lintian --allow-root --fail-on error \
    "$packages"/compliance-console_"$version"_"$arch".deb \
    "$packages"/compliance-stored_"$version"_"$arch".deb; then
  problem "lintian reports errors (above)"
fi

metainfo="$work/compliance-console/usr/share/metainfo/compliance-console.metainfo.xml"
# The component id is the desktop file's name, as the console sets it; the project owns no
# domain for a reverse-DNS id.
if [ -f "$metainfo" ] && ! appstreamcli validate --no-net \
    --override=cid-desktopapp-is-not-rdns=info "$metainfo"; then
  problem "the AppStream metainfo does not validate"
fi

# The unit with its binary in place, beside the host's systemd units (sysinit.target etc.) and
# /bin/kill (procps, a dependency); MANPATH makes the Documentation= check find the package's
# own manual pages.
root="$work/compliance-stored"
cp -an /lib/systemd/system/. "$root/lib/systemd/system/"
mkdir -p "$root/bin" && cp /bin/kill "$root/bin/"
if ! MANPATH="$root/usr/share/man" systemd-analyze verify --root="$root" compliance-stored.service; then
  problem "systemd-analyze verify fails for compliance-stored.service"
fi
score=$(systemd-analyze security --offline=yes --root="$root" compliance-stored.service 2>&1 \
  | sed -n 's/.*Overall exposure level for compliance-stored.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security: exposure $score (at most 2.0 passes)"
if ! systemd-analyze security --offline=yes --root="$root" --threshold=20 \
    compliance-stored.service >/dev/null 2>&1; then
  problem "compliance-stored.service is exposed above 2.0"
fi
exit "$failed"
