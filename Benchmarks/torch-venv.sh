# Sourced by the scripts that compare with PyTorch: `notebook_bench` names our benchmark binary
# (NOTEBOOK_BENCH, or a release build), `bench_figures` reads its results, and `install_torch` makes a throw-away virtualenv at $VENV
# (default /tmp/notebook-pytorch-venv) with CPU-only PyTorch. PyTorch is never a project dependency.
# PyPI's Linux `torch` wheels pull in several GB of CUDA libraries, so it first looks for a CPU-only
# wheel in pip's configured --find-links directories (pip config) and installs that without the
# network; only if none is found does it try PyPI, limited to 15 minutes.
VENV=${VENV:-/tmp/notebook-pytorch-venv}
PYTHON=${PYTHON:-python3}

install_torch() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import torch' 2>/dev/null; then return 0; fi
    "$PYTHON" -m venv "$VENV"
    local links cpu_wheel=""
    links=$("$VENV/bin/pip" config get global.find-links 2>/dev/null || true)
    for dir in $links; do
        cpu_wheel=$(ls "$dir"/torch-*+cpu-*.whl 2>/dev/null | sort -V | tail -1 || true)
        [ -n "$cpu_wheel" ] && break
    done
    if [ -n "$cpu_wheel" ]; then
        echo "installing CPU-only PyTorch from $cpu_wheel" >&2
        "$VENV/bin/pip" install -q "$cpu_wheel" && return 0
    fi
    echo "no CPU-only torch wheel found locally; trying PyPI (CUDA wheels, several GB), at most 15 minutes" >&2
    if timeout 900 "$VENV/bin/pip" install -q torch && "$VENV/bin/python" -c 'import torch' 2>/dev/null; then
        return 0
    fi
    echo "PyTorch could not be installed: PyPI only offers CUDA builds of torch for Linux, whose" >&2
    echo "nvidia-* dependencies are several GB, and no CPU-only wheel was found in pip's find-links." >&2
    echo "Put a torch-*+cpu-*.whl in a --find-links directory (or set VENV to a venv with torch) and re-run." >&2
    return 1
}

notebook_bench() {
    if [ -n "${NOTEBOOK_BENCH:-}" ]; then
        echo "$NOTEBOOK_BENCH"
    else
        swift build -c release --product notebook-bench >&2
        echo "$(swift build -c release --show-bin-path)/notebook-bench"
    fi
}

# Prints the named figures of Benchmarks/results/latest.json (what notebook-bench just wrote), in order.
bench_figures() {
    "$VENV/bin/python" - "$@" <<'PY'
import json, sys
results = {r["name"]: r["value"] for r in json.load(open("Benchmarks/results/latest.json"))}
print(*(results[name] for name in sys.argv[1:]))
PY
}
