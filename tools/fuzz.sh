#!/bin/sh
# Builds the libFuzzer targets of the document loaders with clang (ASan + UBSan) and runs each
# for a time budget. Usage: tools/fuzz.sh [seconds per fuzzer, default 180] [build dir]
# Crashes are written to <build dir>/artifacts/; the growing corpora stay in <build dir>/corpus/
# (seeds: fuzz/corpus/{yaml,json}).
set -eu
seconds=${1:-180}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build-fuzz}
jobs=${FUZZ_BUILD_JOBS:-2}

if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCLOUDWRIGHT_FUZZ=ON -DCLOUDWRIGHT_BUILD_GUI=OFF -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
fi
ninja -C "$build" -j"$jobs" fuzz_yaml fuzz_json

status=0
for format in yaml json; do
    mkdir -p "$build/corpus/$format" "$build/artifacts"
    echo "== fuzz_$format for ${seconds}s"
    # -rss_limit_mb bounds memory per input; -max_len lets inputs grow past the seeds.
    if ! "$build/fuzz/fuzz_$format" "$build/corpus/$format" "$root/fuzz/corpus/$format" \
        -dict="$root/fuzz/$format.dict" -max_total_time="$seconds" -max_len=65536 \
        -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$format-" 2>"$build/fuzz_$format.log"; then
        status=1
        echo "fuzz_$format FAILED: see $build/fuzz_$format.log and $build/artifacts/"
    fi
    grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_$format.log" || true
done
exit $status
