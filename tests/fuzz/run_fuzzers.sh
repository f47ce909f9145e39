#!/bin/sh
# Builds the parsers' libFuzzer targets with clang and runs each for SECONDS, seeded from the real
# payloads in ../shared/data/formats when present (else from small seeds written here).
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=${2:-8}
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ is not installed (packaging/setup.sh installs it): fuzzers not run"; exit 1
fi
cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 >/dev/null
formats="$here/../../../shared/data/formats"
corpus="$build/corpus"
rm -rf "$corpus"; mkdir -p "$corpus/whatsapp" "$corpus/twilio" "$corpus/osmand" "$corpus/nmea" "$corpus/cap"
if [ -d "$formats" ]; then
    python3 - "$formats" "$corpus" <<'PY'
import json, os, sys
formats, corpus = sys.argv[1], sys.argv[2]
d = json.load(open(os.path.join(formats, "whatsapp_cloud_api_webhook.json")))
for k, v in d.items():
    if isinstance(v, dict):
        open(os.path.join(corpus, "whatsapp", k), "w").write(json.dumps(v))
def lines(name, target, keep):
    for i, line in enumerate(open(os.path.join(formats, name), errors="replace")):
        line = line.strip()
        if line and not line.startswith("#") and keep(line):
            open(os.path.join(corpus, target, "%d" % i), "w").write(line.lstrip("/?"))
lines("twilio_sms_inbound_webhook.txt", "twilio", lambda l: "=" in l)
lines("traccar_osmand_protocol.txt", "osmand", lambda l: l.startswith("/?") or l.startswith("{"))
lines("nmea0183_rmc_gga.txt", "nmea", lambda l: l.startswith("$"))
for name in os.listdir(os.path.join(formats, "cap12")):
    if name.endswith(".xml"):
        open(os.path.join(corpus, "cap", name), "wb").write(open(os.path.join(formats, "cap12", name), "rb").read())
PY
else
    printf '{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"from":"1","id":"w","timestamp":"1","type":"text","text":{"body":"x"}}]}}]}]}' > "$corpus/whatsapp/seed"
    printf 'MessageSid=SM1&From=%%2B1&Body=x' > "$corpus/twilio/seed"
    printf 'id=1&lat=14.6&lon=-90.5&timestamp=1377177267' > "$corpus/osmand/seed"
    printf '$GPRMC,143306.50,A,5546.82983,N,02334.72123,E,30.324,221.16,091209,,,A*52' > "$corpus/nmea/seed"
    printf '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>1</identifier></alert>' > "$corpus/cap/seed"
fi
status=0
for t in whatsapp twilio osmand nmea cap; do
    mkdir -p "$build/grown/$t" "$build/crashes"
    if "$build/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 -print_final_stats=0 \
        -artifact_prefix="$build/crashes/$t-" "$build/grown/$t" "$corpus/$t" >"$build/fuzz_$t.log" 2>&1; then
        echo "fuzz_$t: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$build/fuzz_$t.log" | tail -n1), no crash"
    else
        echo "fuzz_$t FAILED: see $build/fuzz_$t.log"; tail -n 30 "$build/fuzz_$t.log"; status=1
    fi
done
exit $status
