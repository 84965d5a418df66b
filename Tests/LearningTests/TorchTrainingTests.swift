import ArticleFixtures
import Compute
import XCTest
@testable import Learning

final class TorchTrainingTests: XCTestCase {
    func testInitialiserStatisticsMatchPyTorchFormulas() throws {
        let model = try ArticleCNN(using: RandomGenerator(seed: 11))
        // Kaiming-uniform(a = √5): bound = √(2 / (1 + 5)) · √(3 / fanIn) = 1/√fanIn; bias U(±1/√fanIn).
        for (tensor, fanIn) in [(model.conv2.weight, 288), (model.fc.weight, 1024), (model.conv2.bias!, 288)] {
            let bound = 1 / Float(fanIn).squareRoot()
            let values = tensor.scalars.map(Double.init)
            let n = Double(values.count)
            let mean = values.reduce(0, +) / n
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
            XCTAssertLessThanOrEqual(values.map(abs).max()!, Double(bound))
            XCTAssertEqual(mean, 0, accuracy: 4 * Double(bound) / (3 * n).squareRoot())
            if values.count > 1000 {
                XCTAssertEqual(variance, Double(bound * bound) / 3, accuracy: 0.05 * Double(bound * bound) / 3)
                XCTAssertGreaterThan(values.map(abs).max()!, 0.99 * Double(bound))
            }
        }
        // Same seed, same weights; weights are drawn before biases, layer by layer.
        let twin = try ArticleCNN(using: RandomGenerator(seed: 11))
        XCTAssertEqual(twin.stateDict(), model.stateDict())
    }

    func testArticleModelLossFallsEveryEpochOnRealDigits() throws {
        let rng = RandomGenerator(seed: 12)
        let train = try datasets.MNIST(torchTestDataRoot, train: true, transform: torchArticleTransform).prefix(3_000)
        let test = try datasets.MNIST(torchTestDataRoot, train: false, transform: torchArticleTransform).prefix(1_000)
        let net = try ArticleCNN(using: rng)
        let optimizer = try optim.SGD(net.parameters(), lr: 0.01)
        let criterion = nn.CrossEntropyLoss()
        let trainLoader = try DataLoader(train, batchSize: 64, shuffle: true, generator: rng)
        let testLoader = try DataLoader(test, batchSize: 512)
        var curve = LossCurve()
        for epoch in 1...3 {
            net.train()
            for (images, labels) in trainLoader {
                optimizer.zeroGrad()
                let loss = try criterion(net(images), labels)
                try loss.backward()
                try optimizer.step()
                try curve.add(train: loss, epoch: epoch)
            }
            net.eval()
            try noGrad {
                for (images, labels) in testLoader { try curve.add(validation: criterion(net(images), labels), epoch: epoch) }
            }
        }
        let trainMeans = curve.trainLossByEpoch, validationMeans = curve.validationLossByEpoch
        XCTAssertEqual(trainMeans.count, 3)
        XCTAssertEqual(curve.trainBatchLosses.count, 3 * 47)
        for epoch in 1..<3 {
            XCTAssertLessThan(trainMeans[epoch], trainMeans[epoch - 1], "train \(trainMeans)")
            XCTAssertLessThan(validationMeans[epoch], validationMeans[epoch - 1], "validation \(validationMeans)")
        }
        XCTAssertLessThan(validationMeans[2], 2.0)  // from ≈ 2.30 (ln 10) at the start
    }

    func testOptimiserStateRoundTripsAndTrainingContinuesBitForBit() throws {
        for makeOptimizer in [{ try optim.SGD($0, lr: 0.05, momentum: 0.9) as TorchOptimizer },
                              { try optim.Adam($0, lr: 0.01) as TorchOptimizer }] {
            let x = try Tensor(shape: [4, 3], scalars: (0..<12).map { Float($0) / 7 - 0.8 })
            let labels = Tensor([0, 1, 1, 0])
            func trainSteps(_ model: nn.Linear, _ optimizer: TorchOptimizer, _ n: Int) throws {
                for _ in 0..<n {
                    optimizer.zeroGrad()
                    try F.crossEntropy(model(x), labels).backward()
                    if let sgd = optimizer as? optim.SGD { try sgd.step() }
                    if let adam = optimizer as? optim.Adam { try adam.step() }
                }
            }
            let model = try nn.Linear(3, 2, using: RandomGenerator(seed: 13))
            let optimizer = try makeOptimizer(model.parameters())
            try trainSteps(model, optimizer, 3)
            XCTAssertEqual(optimizer.version, 3)
            let modelBytes = model.serializedState(), optimizerBytes = optimizer.serializedState()

            let restored = try nn.Linear(3, 2, using: RandomGenerator(seed: 99))
            let restoredOptimizer = try makeOptimizer(restored.parameters())
            try restored.loadSerializedState(modelBytes)
            try restoredOptimizer.loadSerializedState(optimizerBytes)
            XCTAssertEqual(restoredOptimizer.serializedState(), optimizerBytes)
            try trainSteps(model, optimizer, 2)
            try trainSteps(restored, restoredOptimizer, 2)
            XCTAssertEqual(bits(restored.weight), bits(model.weight))
            XCTAssertEqual(bits(restored.bias!), bits(model.bias!))
        }
        let sgdState = try optim.SGD([], lr: 0.1).serializedState()
        XCTAssertThrowsError(try optim.Adam([]).loadSerializedState(sgdState))
    }

    func testLossCurveReportsEpochMeansAndRoundTrips() throws {
        var curve = LossCurve()
        try curve.add(train: Tensor(2), epoch: 1)
        curve.add(train: 4, epoch: 1)
        curve.add(validation: 3, epoch: 1)
        curve.add(train: 1, epoch: 2)
        curve.add(validation: .nan, epoch: 2)
        XCTAssertEqual(curve.version, 5)
        XCTAssertEqual(curve.epochs, [1, 2])
        XCTAssertEqual(curve.trainLossByEpoch, [3, 1])
        XCTAssertEqual(curve.trainBatchLosses, [2, 4, 1])
        XCTAssertEqual(curve.history["val_loss"]?.first, 3)
        XCTAssertThrowsError(try curve.add(train: Tensor([1, 2]), epoch: 3))
        let restored = try LossCurve(serialized: curve.serialized())
        XCTAssertEqual(restored, curve)
        XCTAssertEqual(restored.serialized(), curve.serialized())
        XCTAssertThrowsError(try LossCurve(serialized: Array(curve.serialized().dropLast())))
    }
}
