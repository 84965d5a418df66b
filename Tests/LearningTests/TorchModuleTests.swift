import ArticleFixtures
import Compute
import XCTest
@testable import Learning

final class TorchModuleTests: XCTestCase {
    func testArticleModelHas29066ParametersWithPyTorchNames() throws {
        let model = try ArticleCNN(using: RandomGenerator(seed: 1))
        XCTAssertEqual(model.countParams(), 29_066)
        XCTAssertEqual(model.namedParameters().map(\.0),
                       ["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc.weight", "fc.bias"])
        XCTAssertEqual(model.parameters().map(\.shape), [[32, 1, 3, 3], [32], [64, 32, 3, 3], [64], [10, 1024], [10]])
        XCTAssertEqual(model.namedChildren().map(\.0), ["conv1", "conv2", "fc"])
        XCTAssertEqual(model.description, """
            ArticleCNN(
              (conv1): Conv2d(1, 32, kernelSize: 3)
              (conv2): Conv2d(32, 64, kernelSize: 3)
              (fc): Linear(1024, 10)
            )
            """)
    }

    func testOutputShapesLayerByLayer() throws {
        let model = try ArticleCNN(using: RandomGenerator(seed: 2))
        let x = try Tensor.zeros([3, 1, 8, 8])
        let a = try model.conv1(x)
        XCTAssertEqual(a.shape, [3, 32, 6, 6])
        let b = try model.conv2(F.relu(a))
        XCTAssertEqual(b.shape, [3, 64, 4, 4])
        let c = try F.maxPool2d(F.relu(b), 1)
        XCTAssertEqual(c.shape, [3, 64, 4, 4])
        let d = try flatten(c, 1)
        XCTAssertEqual(d.shape, [3, 1024])
        let e = try model.fc(d)
        XCTAssertEqual(e.shape, [3, 10])
        let output = try model(x)
        XCTAssertEqual(output.shape, [3, 10])
        // log-probabilities: each row's exponentials sum to 1.
        for row in 0..<3 {
            let total = output.scalars[(row * 10)..<(row * 10 + 10)].reduce(0) { $0 + Foundation.exp($1) }
            XCTAssertEqual(total, 1, accuracy: 1e-5)
        }
    }

    func testTrainEvalPropagateAndChangeVersion() throws {
        let rng = RandomGenerator(seed: 3)
        let model = try nn.Sequential(nn.Linear(4, 3, using: rng), nn.Dropout(0.5, using: rng), nn.ReLU())
        XCTAssertTrue(model.namedModules().allSatisfy { $0.1.isTraining })
        let before = model.version
        model.eval()
        XCTAssertTrue(model.namedModules().allSatisfy { !$0.1.isTraining })
        XCTAssertNotEqual(model.version, before)
        XCTAssertEqual(model.namedParameters().map(\.0), ["0.weight", "0.bias"])
        // Dropout is the identity in evaluation mode.
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try model.modules[1](x).scalars, x.scalars)
        model.train()
        XCTAssertNotEqual(try model.modules[1](try Tensor.ones([1, 1000])).scalars, [Float](repeating: 1, count: 1000))
    }

    func testMirrorDiscoversArraysOptionalsAndRawParameters() throws {
        final class Custom: nn.Module {
            let blocks: [nn.Module]
            let head: nn.Linear?
            let scale: Tensor
            let notAParameter = Tensor([0, 0])
            init(_ rng: RandomGenerator) throws {
                blocks = [try nn.Linear(2, 2, using: rng), nn.ReLU()]
                head = try nn.Linear(2, 1, bias: false, using: rng)
                scale = try Tensor(shape: [1], scalars: [1], requiresGrad: true)
                super.init()
            }
        }
        let model = try Custom(RandomGenerator(seed: 4))
        XCTAssertEqual(model.namedParameters().map(\.0), ["scale", "blocks.0.weight", "blocks.0.bias", "head.weight"])
    }

    func testStateDictRoundTripsBitForBitAndRestoresAnotherModel() throws {
        let source = try ArticleCNN(using: RandomGenerator(seed: 5))
        let target = try ArticleCNN(using: RandomGenerator(seed: 6))
        XCTAssertNotEqual(bits(source.fc.weight), bits(target.fc.weight))
        let bytes = source.serializedState()
        let versionBefore = target.version
        source.eval()
        try target.loadSerializedState(source.serializedState())
        XCTAssertEqual(target.stateDict(), source.stateDict())
        XCTAssertFalse(target.isTraining)
        XCTAssertNotEqual(target.version, versionBefore)
        XCTAssertEqual(try StateDict(serialized: source.stateDict().serialized()), source.stateDict())
        XCTAssertThrowsError(try target.loadSerializedState(Array(bytes.dropLast(3))))
        let x = try Tensor.ones([2, 1, 8, 8])
        XCTAssertEqual(bits(try source(x)), bits(try target(x)))
    }

    func testLoadStateDictRejectsMismatchedNamesAndShapes() throws {
        let rng = RandomGenerator(seed: 7)
        let model = try nn.Sequential(nn.Linear(3, 2, using: rng))
        let other = try nn.Sequential(nn.Linear(4, 2, using: rng))
        XCTAssertThrowsError(try model.loadStateDict(other.stateDict())) { error in
            XCTAssertTrue("\(error)".contains("0.weight expects shape [2, 3], got [2, 4]"), "\(error)")
        }
        let renamed = StateDict([("weight", model.parameters()[0])])
        XCTAssertThrowsError(try model.loadStateDict(renamed)) { error in
            XCTAssertTrue("\(error)".contains("missing keys"), "\(error)")
        }
    }

    func testLinearMatchesNaiveFormulaAndFiniteDifferences() throws {
        let rng = RandomGenerator(seed: 8)
        let layer = try nn.Linear(3, 2, using: rng)
        let x = try Tensor(shape: [2, 3], scalars: [0.5, -1, 2, 1.5, 0.25, -0.75])
        let y = try layer(x)
        let w = layer.weight.scalars, b = layer.bias!.scalars
        for n in 0..<2 { for o in 0..<2 {
            var expected = b[o]
            for i in 0..<3 { expected += x.scalars[n * 3 + i] * w[o * 3 + i] }
            XCTAssertEqual(y.scalars[n * 2 + o], expected, accuracy: 1e-5)
        } }
        let loss = try F.crossEntropy(y, Tensor([1, 0]))
        try loss.backward()
        let analytic = layer.weight.grad!.scalars
        let h: Float = 1e-2
        for index in 0..<6 {
            func lossWith(_ delta: Float) throws -> Float {
                var values = w
                values[index] += delta
                let perturbed = try Tensor(shape: [2, 3], scalars: values)
                return try noGrad { try F.crossEntropy(linear(x, weight: perturbed.transposed(), bias: layer.bias!), Tensor([1, 0])).item() }
            }
            let numeric = (try lossWith(h) - lossWith(-h)) / (2 * h)
            XCTAssertEqual(analytic[index], numeric, accuracy: 2e-3)
        }
    }
}
