#!/usr/bin/env bash
# Times batch normalisation and 2×2 average pooling, forward and backward, at the Keras-style
# article model's shapes ([32, 32, 26, 26] and [32, 64, 24, 24]) in our Compute engine
# (`notebook-bench layers`) and in PyTorch with torch.set_num_threads(2), alternating for ROUNDS
# rounds (default 3) in the same run, and prints the best of each and the ratio ours / PyTorch.
# PyTorch lives only in a throw-away virtualenv (see Benchmarks/torch-venv.sh).
#
# Usage: Benchmarks/compare-layers.sh
#        NOTEBOOK_BENCH=.build/debug/notebook-bench Benchmarks/compare-layers.sh   (skip the release
#        build; Compute is compiled with -O in debug too)
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/torch-venv.sh
install_torch
BIN=$(notebook_bench)
ROUNDS=${ROUNDS:-3}
run_ours() {
    "$BIN" layers >&2
    bench_figures "batchNorm [32, 32, 26, 26] fwd+bwd time" "avgPool2d 2×2 [32, 64, 24, 24] fwd+bwd time"
}
run_torch() {
    "$VENV/bin/python" -W ignore - <<'PY'
import time, torch
torch.set_num_threads(2)
torch.manual_seed(0)
def best(step, repeats=20):
    step()
    fastest = float("inf")
    for _ in range(repeats):
        start = time.perf_counter(); step(); fastest = min(fastest, time.perf_counter() - start)
    return fastest * 1000
x = (torch.rand(32, 32, 26, 26) * 2 - 1).requires_grad_()
norm = torch.nn.BatchNorm2d(32)
g = torch.rand(32, 32, 26, 26) * 2 - 1
def norm_step():
    x.grad = None; norm.zero_grad(); norm(x).backward(g)
maps = (torch.rand(32, 64, 24, 24) * 2 - 1).requires_grad_()
pg = torch.rand(32, 64, 12, 12) * 2 - 1
def pool_step():
    maps.grad = None; torch.nn.functional.avg_pool2d(maps, 2).backward(pg)
print(best(norm_step), best(pool_step))
PY
}
best_ours_norm=inf; best_ours_pool=inf; best_torch_norm=inf; best_torch_pool=inf
minimum() { "$VENV/bin/python" -c "import sys; print(min(float(sys.argv[1]), float(sys.argv[2])))" "$1" "$2"; }
for round in $(seq "$ROUNDS"); do
    read -r on op < <(run_ours)
    read -r tn tp < <(run_torch)
    echo "round $round: ours batchNorm $on ms, avgPool $op ms; PyTorch batchNorm $tn ms, avgPool $tp ms" >&2
    best_ours_norm=$(minimum "$best_ours_norm" "$on"); best_ours_pool=$(minimum "$best_ours_pool" "$op")
    best_torch_norm=$(minimum "$best_torch_norm" "$tn"); best_torch_pool=$(minimum "$best_torch_pool" "$tp")
done
"$VENV/bin/python" - "$best_ours_norm" "$best_torch_norm" "$best_ours_pool" "$best_torch_pool" <<'PY'
import sys
on, tn, op, tp = map(float, sys.argv[1:])
print(f"batchNorm [32, 32, 26, 26] fwd+bwd: ours {on:.2f} ms, PyTorch {tn:.2f} ms, ratio {on / tn:.2f}")
print(f"avgPool2d 2×2 [32, 64, 24, 24] fwd+bwd: ours {op:.2f} ms, PyTorch {tp:.2f} ms, ratio {op / tp:.2f}")
PY
