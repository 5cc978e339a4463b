#!/usr/bin/env bash
# Peak memory of `rollbook-cli import --dry-run` on XLSX files, by /usr/bin/time: a 100,000-line
# export of the demo school (Rollbook's own XLSX, inline strings: the costliest kind to hold) and
# each inflation case of tests/hostile/make_hostile.py (the 1.1 GB whitespace sheet included).
# The bar: 64 MB plus twice the sheet's inflated size (up to the 256 MB ceiling). The peer in the
# same run is the same 100,000 lines as CSV.
#
#   bench/import_memory.sh [BUILD_DIR]      (default build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
cli="$build/app/rollbook-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cli" seed --users 100000 --seed 1 --out "$work/school.rollbook" 2>/dev/null
"$cli" export --db "$work/school.rollbook" --out "$work/users-100k.xlsx" 2>/dev/null
"$cli" export --db "$work/school.rollbook" --out "$work/users-100k.csv" 2>/dev/null
python3 tests/hostile/make_hostile.py "$work/hostile" --big

# The inflated size of what the reader reads (the first sheet and the shared strings), by inflating
# each part's raw data: a part that lies about its size in the archive is counted as it really is.
inflated() {
    python3 - "$1" <<'PY'
import struct, sys, zipfile, zlib
total = 0
with open(sys.argv[1], 'rb') as f, zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        if not (info.filename.startswith('xl/worksheets/') or info.filename == 'xl/sharedStrings.xml'):
            continue
        f.seek(info.header_offset)
        header = f.read(30)
        name_len, extra_len = struct.unpack('<HH', header[26:30])
        f.seek(info.header_offset + 30 + name_len + extra_len)
        inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        left = info.compress_size
        while left > 0:
            chunk = f.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
            total += len(inflater.decompress(chunk)) if inflater else len(chunk)
print(total)
PY
}

peak() {
    /usr/bin/time -f '%M' -o "$work/rss" "$cli" import --db "$work/school.rollbook" --in "$1" --dry-run \
        --mode add-update >/dev/null 2>&1 || true
    tail -1 "$work/rss"
}

ceiling=$((256 << 20))
csv_kib=$(peak "$work/users-100k.csv")
for file in "$work/users-100k.xlsx" "$work"/hostile/whitespace-*.xlsx "$work/hostile/claims-one-tebibyte.xlsx" \
    "$work/hostile/company-five-megabytes.xlsx"; do
    name=$(basename "$file" .xlsx)
    bytes=$(inflated "$file")
    counted=$(( bytes < ceiling ? bytes : ceiling ))
    kib=$(peak "$file")
    if [ "$name" = users-100k ]; then
        xlsx_kib=$kib
    fi
    allowance_kib=$(( (64 << 10) + 2 * counted / 1024 ))
    ratio=$(python3 -c "print(round($kib / $allowance_kib, 3))")
    echo "{\"bench\": \"import_memory\", \"metric\": \"$name peak_rss\", \"value\": $kib, \"unit\": \"KiB\", \"inflated_bytes\": $bytes, \"allowance_kib\": $allowance_kib, \"ratio_to_allowance\": $ratio}"
done
echo "{\"bench\": \"import_memory\", \"metric\": \"users-100k csv peer peak_rss\", \"value\": $csv_kib, \"unit\": \"KiB\", \"xlsx_over_csv\": $(python3 -c "print(round($xlsx_kib / $csv_kib, 3))")}"
