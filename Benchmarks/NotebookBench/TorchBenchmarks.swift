import ArticleFixtures
import Compute
import Foundation
import Learning

/// `notebook-bench torch`: the article's PyTorch-style run — MNIST through Resize((8, 8)),
/// ToTensor, Normalize; 5 epochs over 60,000 digits at batch 512 with SGD(lr 0.01) and
/// CrossEntropyLoss, plus a test-set evaluation after each epoch. Target: under 5 s. The baseline
/// is one training step on one batch of 512, so the run's ratio says how many steps it costs.
func runTorchBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let pipeline = transforms.Compose([
        transforms.Resize((8, 8)), transforms.ToTensor(), transforms.Normalize([0.1307], [0.3081]),
    ])
    var train: datasets.MNIST?, test: datasets.MNIST?
    let loading = try fastestSeconds(repeats: 1, warmup: 0) {
        train = try datasets.MNIST("data", train: true, transform: pipeline)
        test = try datasets.MNIST("data", train: false, transform: pipeline)
    }
    guard let train, let test else { return }

    let stepModel = try ArticleCNN(using: RandomGenerator(seed: 1))
    let stepOptimizer = try optim.SGD(stepModel.parameters(), lr: 0.01)
    let (batch, batchLabels) = (try train.data.slice(0..<512), try train.targets.slice(0..<512))
    let step = try fastestSeconds(repeats: 10) {
        stepOptimizer.zeroGrad()
        try nn.CrossEntropyLoss()(stepModel(batch), batchLabels).backward()
        try stepOptimizer.step()
    }
    recorder.record("train-step-batch512", step, unit: "s")

    var curve = LossCurve()
    var correct = 0
    let run = try fastestSeconds(repeats: 1, warmup: 0) {
        let rng = RandomGenerator(seed: 42)
        let net = try ArticleCNN(using: rng)
        let optimizer = try optim.SGD(net.parameters(), lr: 0.01)
        let criterion = nn.CrossEntropyLoss()
        let trainLoader = try DataLoader(train, batchSize: 512, shuffle: true, generator: rng)
        let testLoader = try DataLoader(test, batchSize: 512)
        curve = LossCurve()
        for epoch in 1...5 {
            net.train()
            for (images, labels) in trainLoader {
                optimizer.zeroGrad()
                let loss = try criterion(net(images), labels)
                try loss.backward()
                try optimizer.step()
                try curve.add(train: loss, epoch: epoch)
            }
            net.eval()
            correct = 0
            try noGrad {
                for (images, labels) in testLoader {
                    let output = try net(images)
                    try curve.add(validation: criterion(output, labels), epoch: epoch)
                    correct += zip(try output.argmax(dim: 1).scalars, labels.scalars).filter { $0 == $1 }.count
                }
            }
        }
    }
    recorder.record("mnist-load-and-transform", loading, unit: "s", against: "train-step-batch512")
    recorder.record("article-5-epochs", run, unit: "s", against: "train-step-batch512")
    recorder.record("final-test-accuracy", 100 * Double(correct) / Double(test.count), unit: "%")
    recorder.record("final-validation-loss", curve.validationLossByEpoch.last ?? .nan, unit: "nats")
}
