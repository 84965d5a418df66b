#!/usr/bin/env bash
# Runs the two trainings of the article with the real frameworks, on this machine, 2 threads each,
# and compares them with our own figures (passed in; this script builds and runs nothing of ours):
#   1. the Keras-style fit with TensorFlow/Keras (tensorflow-cpu 2.18.0): Conv2D 32 3×3 relu on
#      28×28×1 → Conv2D 64 3×3 relu → MaxPooling2D 2 → Flatten → Dense 1024 relu → Dense 10 softmax,
#      SGD lr 0.01, categorical cross-entropy, fit(validation_split 0.3, batch 32) on MNIST's 60,000
#      training images scaled /255 with one-hot labels, for $EPOCHS epochs (default 1; the per-epoch
#      time extrapolates to the article's 5);
#   2. the PyTorch-style training: Resize((8,8)) + ToTensor + Normalize(0.1307, 0.3081), loaders of
#      batch 512 without shuffling, Conv2d(1,32,3,1) → relu → Conv2d(32,64,3,1) → relu →
#      max_pool2d(x,1) → flatten → Linear(1024,10) → log_softmax, SGD lr 0.01, CrossEntropyLoss,
#      5 epochs, evaluating the test loader each epoch. torchvision is not installed: the resize is
#      F.interpolate(bilinear, antialias=True, align_corners=False) on the float pixels /255, done
#      once up front (timed, and included in the total) instead of per item per epoch via PIL.
#
# TensorFlow and PyTorch live only in a throw-away virtualenv under /tmp; never a project dependency.
# MNIST is read from data/mnist/*.gz with gzip + numpy; nothing is downloaded.
# Timings start after the framework imports; the Keras figure is per epoch (training + validation),
# the PyTorch figure spans MNIST loading, the resize and all 5 epochs with their test evaluations.
#
# Usage: Benchmarks/compare-article.sh
#        EPOCHS=5 OURS_KERAS_EPOCH_SECONDS=188 OURS_TORCH_TOTAL_SECONDS=18.5 Benchmarks/compare-article.sh
#        VENV=/tmp/other-venv TF_LINKS=/dir/with/tf/wheel Benchmarks/compare-article.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-/tmp/article-compare-venv}
PYTHON=${PYTHON:-python3}
TF_LINKS=${TF_LINKS:-/tmp/tfprobe}
EPOCHS=${EPOCHS:-1}
OURS_KERAS_EPOCH_SECONDS=${OURS_KERAS_EPOCH_SECONDS:-188}
OURS_TORCH_TOTAL_SECONDS=${OURS_TORCH_TOTAL_SECONDS:-18.5}
export EPOCHS MNIST_DIR="$PWD/data/mnist"

if ! [ -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import tensorflow, torch, numpy' 2>/dev/null; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    # tensorflow-cpu from a local wheel if there is one (its dependencies come from PyPI);
    # torch from the CPU-only wheel in pip's configured find-links (PyPI's Linux torch is CUDA).
    "$VENV/bin/pip" install -q --find-links "$TF_LINKS" tensorflow-cpu==2.18.0
    cpu_wheel=""
    for dir in $("$VENV/bin/pip" config get global.find-links 2>/dev/null || true); do
        cpu_wheel=$(ls "$dir"/torch-*+cpu-*.whl 2>/dev/null | sort -V | tail -1 || true)
        [ -n "$cpu_wheel" ] && break
    done
    "$VENV/bin/pip" install -q "${cpu_wheel:-torch}" numpy
fi

WORK=$(mktemp -d /tmp/compare-article.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/mnist.py" <<'PY'
import gzip, os, numpy as np
def load(kind):
    d = os.environ["MNIST_DIR"]
    with gzip.open(f"{d}/{kind}-images-idx3-ubyte.gz") as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)
    with gzip.open(f"{d}/{kind}-labels-idx1-ubyte.gz") as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
    return images, labels
PY

cat > "$WORK/keras_article.py" <<'PY'
import os, time
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np, tensorflow as tf
from mnist import load
tf.config.threading.set_intra_op_parallelism_threads(2)
tf.config.threading.set_inter_op_parallelism_threads(1)
tf.keras.utils.set_random_seed(0)
epochs = int(os.environ["EPOCHS"])
x, y = load("train")
x = (x.astype("float32") / 255.0).reshape(-1, 28, 28, 1)
y = tf.keras.utils.to_categorical(y, 10)
L = tf.keras.layers
model = tf.keras.Sequential([
    tf.keras.Input((28, 28, 1)),
    L.Conv2D(32, (3, 3), activation="relu"),
    L.Conv2D(64, (3, 3), activation="relu"),
    L.MaxPooling2D((2, 2)), L.Flatten(),
    L.Dense(1024, activation="relu"), L.Dense(10, activation="softmax")])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.01),
              loss="categorical_crossentropy", metrics=["accuracy"])
class Timer(tf.keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None): self.t = time.perf_counter()
    def on_epoch_end(self, epoch, logs=None):
        s = time.perf_counter() - self.t
        print(f"keras epoch {epoch + 1}: {s:.1f} s (incl. validation), {42000 / s:.0f} train images/s, "
              f"loss {logs['loss']:.4f} acc {logs['accuracy']:.4f} "
              f"val_loss {logs['val_loss']:.4f} val_acc {logs['val_accuracy']:.4f}", flush=True)
        times.append(s); val.append(logs["val_accuracy"])
times, val = [], []
start = time.perf_counter()
model.fit(x, y, validation_split=0.3, epochs=epochs, batch_size=32, verbose=0, callbacks=[Timer()])
total = time.perf_counter() - start
print(f"RESULT keras total={total:.2f} epochs={epochs} first_epoch={times[0]:.2f} "
      f"mean_epoch={sum(times) / len(times):.2f} val_acc={val[-1]:.4f} tf={tf.__version__}")
PY

cat > "$WORK/torch_article.py" <<'PY'
import time, torch
import torch.nn as nn, torch.nn.functional as F
from mnist import load
torch.set_num_threads(2)
torch.manual_seed(0)
start = time.perf_counter()
def prepare(kind):
    images, labels = load(kind)
    x = torch.from_numpy(images.astype("float32") / 255.0).unsqueeze(1)
    x = torch.cat([F.interpolate(c, size=(8, 8), mode="bilinear", antialias=True, align_corners=False)
                   for c in x.split(4096)])
    return (x - 0.1307) / 0.3081, torch.from_numpy(labels)
xtr, ytr = prepare("train"); xte, yte = prepare("t10k")
prep = time.perf_counter() - start
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, 1); self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.fc = nn.Linear(1024, 10)
    def forward(self, x):
        x = F.relu(self.conv1(x)); x = F.relu(self.conv2(x))
        x = F.max_pool2d(x, 1); x = torch.flatten(x, 1)
        return F.log_softmax(self.fc(x), dim=1)
model = Net()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
lossf = nn.CrossEntropyLoss()
for epoch in range(5):
    t = time.perf_counter()
    model.train()
    for xb, yb in zip(xtr.split(512), ytr.split(512)):
        opt.zero_grad(); loss = lossf(model(xb), yb); loss.backward(); opt.step()
    model.eval(); tl = 0.0; correct = 0
    with torch.no_grad():
        for xb, yb in zip(xte.split(512), yte.split(512)):
            out = model(xb); tl += lossf(out, yb).item() * len(yb)
            correct += (out.argmax(1) == yb).sum().item()
    print(f"torch epoch {epoch + 1}: {time.perf_counter() - t:.2f} s, last train loss {loss.item():.4f}, "
          f"test loss {tl / len(yte):.4f}, test acc {correct / len(yte):.4f}", flush=True)
total = time.perf_counter() - start
print(f"RESULT torch total={total:.2f} prep={prep:.2f} test_acc={correct / len(yte):.4f} torch={torch.__version__}")
PY

echo "== TensorFlow/Keras, 2 threads, $EPOCHS epoch(s) ==" >&2
(cd "$WORK" && "$VENV/bin/python" -W ignore keras_article.py 2> >(grep -v -E '^(WARNING|I0000|W0000)' >&2)) | tee "$WORK/keras.log" >&2
KERAS=$(grep '^RESULT' "$WORK/keras.log")
echo "== PyTorch, 2 threads, 5 epochs ==" >&2
(cd "$WORK" && "$VENV/bin/python" -W ignore torch_article.py) | tee "$WORK/torch.log" >&2
TORCH=$(grep '^RESULT' "$WORK/torch.log")

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
K_EPOCH=$(field "$KERAS" first_epoch); K_MEAN=$(field "$KERAS" mean_epoch); K_VAL=$(field "$KERAS" val_acc)
T_TOTAL=$(field "$TORCH" total); T_PREP=$(field "$TORCH" prep); T_ACC=$(field "$TORCH" test_acc)
awk -v ke="$K_EPOCH" -v km="$K_MEAN" -v kv="$K_VAL" -v ep="$EPOCHS" -v tt="$T_TOTAL" -v tp="$T_PREP" \
    -v ta="$T_ACC" -v ok="$OURS_KERAS_EPOCH_SECONDS" -v ot="$OURS_TORCH_TOTAL_SECONDS" \
    -v tfv="$(field "$KERAS" tf)" -v tv="$(field "$TORCH" torch)" 'BEGIN {
    print "== summary (2 threads each, cold runs) =="
    printf "Keras article fit, TensorFlow %s: first epoch %.1f s (mean over %d: %.1f s), %.0f train images/s over 42,000, val acc %s\n", tfv, ke, ep, km, 42000 / ke, kv
    printf "  ours: %.1f s/epoch (%.0f images/s); ours / TensorFlow = %.2f (goal <= 0.5)\n", ok, 42000 / ok, ok / ke
    later = ep > 1 ? (km * ep - ke) / (ep - 1) : ke
    printf "  5 epochs extrapolated: TensorFlow %.0f s (first epoch + 4 x later-epoch mean), ours %.0f s\n", ke + 4 * later, 5 * ok
    printf "PyTorch article training, torch %s, 5 epochs: %.2f s total (incl. %.2f s resize via F.interpolate bilinear antialias on /255 floats, no torchvision), test acc %s\n", tv, tt, tp, ta
    printf "  ours: %.2f s; ours / PyTorch = %.2f (goal <= 0.5)\n", ot, ot / tt
}'
