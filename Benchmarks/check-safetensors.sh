#!/usr/bin/env bash
# Checks that our weight files are real safetensors that PyTorch tools read, both ways:
#  1. A notebook trains the PyTorch-style article model (CNNModel, 8×8 MNIST) briefly and saves its
#     state dict (`torch.save(net.stateDict(), …)`), the test images and its test-set log-probabilities.
#     Real PyTorch loads the state dict with `safetensors.torch.load_file`, rebuilds the same model,
#     `load_state_dict(strict=True)`, and must predict the same class for every test image
#     (log-probabilities within 1e-4).
#  2. PyTorch initialises the model with its own seed and saves its state dict with
#     `safetensors.torch.save_file`; a notebook loads it into our CNNModel (`torch.load`) and must
#     again predict what PyTorch predicts on the same images.
# Python packages (torch CPU, safetensors, numpy) live only in a throw-away virtualenv.
#
# Usage: Benchmarks/check-safetensors.sh     (from anywhere inside the repository; needs data/mnist)
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/torch-venv.sh
install_torch
"$VENV/bin/pip" install -q safetensors numpy
swift build --product notebook >&2
NOTEBOOK=$(swift build --show-bin-path)/notebook
WORK=$(mktemp -d /tmp/check-safetensors.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

MODEL='class CNNModel: nn.Module {
    let conv1 = nn.Conv2d(1, 32, 3, 1)
    let conv2 = nn.Conv2d(32, 64, 3, 1)
    let fc = nn.Linear(1024, 10)
    func forward(_ x: Tensor) -> Tensor {
        var x = F.relu(conv1(x))
        x = F.relu(conv2(x))
        x = F.maxPool2d(x, 1)
        x = flatten(x, 1)
        return F.logSoftmax(fc(x), dim: 1)
    }
}
let transform = transforms.Compose([transforms.Resize((8, 8)), transforms.ToTensor(), transforms.Normalize([0.1307], [0.3081])])
let testSet = datasets.MNIST("data", train: false, transform: transform)
let net = CNNModel()'

notebook() {   # $1: name, $2: the cell after the model
    printf -- '---\ntitle: safetensors check\nseed: 0\n---\n\n```swift\n%s\n%s\n```\n' "$MODEL" "$2" > "$WORK/$1.md"
    "$NOTEBOOK" run "$WORK/$1.md" --output "$WORK/out-$1" --data data --no-cache --quiet
}

echo "== 1. ours → PyTorch ==" >&2
notebook ours "let trainSet = datasets.MNIST(\"data\", train: true, transform: transform).prefix(4096)
let optimizer = optim.SGD(net.parameters(), lr: 0.05)
let criterion = nn.CrossEntropyLoss()
for (images, labels) in DataLoader(trainSet, batchSize: 64, shuffle: true) {
    optimizer.zeroGrad()
    criterion(net(images), labels).backward()
    optimizer.step()
}
net.eval()
torch.save(net.stateDict(), \"$WORK/ours.pt\")
torch.save([\"images\": testSet.data, \"logProbabilities\": noGrad { net(testSet.data) }], \"$WORK/ours-test.safetensors\")"

"$VENV/bin/python" -W ignore - "$WORK" <<'PY'
import sys, torch
from safetensors.torch import load_file, save_file
work = sys.argv[1]
class CNNModel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(1, 32, 3, 1)
        self.conv2 = torch.nn.Conv2d(32, 64, 3, 1)
        self.fc = torch.nn.Linear(1024, 10)
    def forward(self, x):
        x = torch.relu(self.conv1(x)); x = torch.relu(self.conv2(x))
        x = torch.nn.functional.max_pool2d(x, 1)
        return torch.log_softmax(self.fc(torch.flatten(x, 1)), dim=1)
net = CNNModel()
net.load_state_dict(load_file(f"{work}/ours.pt"), strict=True)
net.eval()
test = load_file(f"{work}/ours-test.safetensors")
with torch.no_grad():
    theirs = net(test["images"])
ours = test["logProbabilities"]
same = (theirs.argmax(1) == ours.argmax(1)).sum().item()
gap = (theirs - ours).abs().max().item()
print(f"1. PyTorch rebuilt our model from our state dict: {same}/{len(ours)} test predictions agree, "
      f"largest log-probability difference {gap:.2e}")
ok1 = same == len(ours) and gap < 1e-4
torch.manual_seed(7)
fresh = CNNModel().eval()
save_file(fresh.state_dict(), f"{work}/theirs.safetensors")
with torch.no_grad():
    save_file({"logProbabilities": fresh(test["images"]).contiguous()}, f"{work}/theirs-test.safetensors")
open(f"{work}/ok1", "w").write("yes" if ok1 else "no")
PY

echo "== 2. PyTorch → ours ==" >&2
notebook theirs "net.loadStateDict(torch.load(\"$WORK/theirs.safetensors\"))
net.eval()
torch.save([\"logProbabilities\": noGrad { net(testSet.data) }], \"$WORK/ours-from-theirs.safetensors\")"

"$VENV/bin/python" -W ignore - "$WORK" <<'PY'
import sys
from safetensors.torch import load_file
work = sys.argv[1]
theirs = load_file(f"{work}/theirs-test.safetensors")["logProbabilities"]
ours = load_file(f"{work}/ours-from-theirs.safetensors")["logProbabilities"]
same = (theirs.argmax(1) == ours.argmax(1)).sum().item()
gap = (theirs - ours).abs().max().item()
print(f"2. our model loaded PyTorch's state dict: {same}/{len(ours)} test predictions agree, "
      f"largest log-probability difference {gap:.2e}")
ok = open(f"{work}/ok1").read() == "yes" and same == len(ours) and gap < 1e-4
print("OK" if ok else "MISMATCH")
sys.exit(0 if ok else 1)
PY
