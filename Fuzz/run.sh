#!/usr/bin/env bash
# Builds the intent parser fuzz target with libFuzzer (and AddressSanitizer) and runs it.
#   Fuzz/run.sh                 # 10 minutes
#   FUZZ_SECONDS=60 Fuzz/run.sh # a quick run
# Build output goes to .build-fuzz/, findings (crashing inputs) to fuzz-out/; both are ignored by git.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/.build-fuzz"
out="$root/fuzz-out"
seconds="${FUZZ_SECONDS:-600}"
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
# Let libFuzzer report a Swift trap with its stack, not the Swift backtracer.
export SWIFT_BACKTRACE=enable=no
cd "$out"
"$build/intent-parser-fuzz" "$build/corpus" -dict="$root/Fuzz/intents.dict" -max_total_time="$seconds" \
    -max_len=512 -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/"
