#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer (and AddressSanitizer) and runs it.
#   Fuzz/run.sh                           # the intent parser, 10 minutes
#   FUZZ_SECONDS=60 Fuzz/run.sh           # a quick run
#   Fuzz/run.sh jsonlines                 # the JSON Lines request decoder (JSONLines.decode)
#   Fuzz/run.sh jsonlines -runs=100000    # extra arguments go to libFuzzer
#   FUZZ_TOLERATE_OVERFLOWING_DOUBLES=1 Fuzz/run.sh jsonlines   # look past a known finding
#                                         # (see Fuzz/JSONLinesFuzz.swift)
# Build output goes to .build-fuzz/, findings (crashing inputs) to fuzz-out/; both are ignored by git.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/.build-fuzz"
out="$root/fuzz-out"
seconds="${FUZZ_SECONDS:-600}"
target="${1:-intent-parser}"
[ $# -gt 0 ] && shift

# Let libFuzzer report a Swift trap with its stack, not the Swift backtracer.
export SWIFT_BACKTRACE=enable=no

case "$target" in
intent-parser)
mkdir -p "$build/corpus" "$out"

# The fuzz target is the library's sources plus the entry point, compiled as one module, so
# that libFuzzer's coverage reaches every line of the parser.
mapfile -t sources < <(find "$root/Sources/ShopIntents" -name '*.swift' | sort)
swiftc -O -g -sanitize=fuzzer,address -use-ld=lld -parse-as-library -swift-version 6 \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
    -module-name ShopIntents "${sources[@]}" "$root/Fuzz/BundleModule.swift" "$root/Fuzz/IntentParserFuzz.swift" \
    -o "$build/intent-parser-fuzz"

# Seeds: the training phrases and the evaluation corpus, one utterance per file.
if [ -z "$(ls -A "$build/corpus")" ]; then
    n=0
    while IFS= read -r line; do
        case "$line" in ''|'#'*) continue ;; esac
        text="${line#*	}"; text="${text#*: }"
        printf '%s' "$text" > "$build/corpus/seed-$n"; n=$((n + 1))
    done < <(cat "$root/Sources/ShopIntents/Resources/phrases.txt" "$root/Tests/ShopIntentsTests/Corpus/eval.tsv")
fi

export SHOPINTENTS_RESOURCES="$root/Sources/ShopIntents/Resources"
cd "$out"
"$build/intent-parser-fuzz" "$build/corpus" -dict="$root/Fuzz/intents.dict" -max_total_time="$seconds" \
    -max_len=512 -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" "$@"
;;

jsonlines)
corpus="$build/jsonlines-corpus"
mkdir -p "$corpus" "$out"

# ShopProtocol needs ShopConversation, ShopIntents, ShopCommerce and whatever they import, so
# rather than keep a list of sources here, SwiftPM builds ShopProtocol and its dependencies,
# instrumented, in a build folder of their own (release, so the fuzzer runs fast); the entry
# point is then linked against the objects of every module that build made. Nothing is added
# to Package.swift. If a dependency is dropped from the package, `rm -rf .build-fuzz/spm`.
spm="$build/spm"
# One -sanitize=fuzzer,address: SwiftPM's `--sanitize fuzzer --sanitize address` passes two flags,
# and swiftc keeps only the last, which leaves the modules without coverage counters.
swift build -c release --scratch-path "$spm" --target ShopProtocol -Xswiftc -sanitize=fuzzer,address -Xswiftc -g
bin="$(swift build -c release --scratch-path "$spm" --show-bin-path)"
mapfile -t objects < <(find "$bin" -path '*.build/*.o' | sort)
modules="$bin/Modules"; [ -d "$modules" ] || modules="$bin"
swiftc -O -g -sanitize=fuzzer,address -use-ld=lld -parse-as-library -swift-version 6 \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
    -I "$modules" -module-name JSONLinesFuzz "$root/Fuzz/JSONLinesFuzz.swift" "${objects[@]}" \
    -o "$build/jsonlines-fuzz"

# Seeds: the hand-written lines of Fuzz/jsonlines-seeds.txt, one file each.
if [ -z "$(ls -A "$corpus")" ]; then
    n=0
    while IFS= read -r line || [ -n "$line" ]; do
        printf '%s' "$line" > "$corpus/seed-$n"; n=$((n + 1))
    done < "$root/Fuzz/jsonlines-seeds.txt"
fi

cd "$out"
"$build/jsonlines-fuzz" "$corpus" -dict="$root/Fuzz/jsonlines.dict" -max_total_time="$seconds" \
    -max_len=4096 -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" "$@"
;;

*)
echo "usage: $0 [intent-parser|jsonlines] [libFuzzer arguments…]" >&2
exit 2
;;
esac
