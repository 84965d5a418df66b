import Foundation
import Notebook
import XCTest

/// The PyTorch-style API as cells use it: a script subclass of `nn.Module`, transforms, a data
/// loader over real MNIST digits, a hand-written training loop, and located errors.
final class BindingsTorchTests: XCTestCase {
    private let data = """
    //| label: data
    let transform = transforms.Compose([
        transforms.Resize((8, 8)),
        transforms.ToTensor(),
        transforms.Normalize([0.1307], [0.3081]),
    ])
    let trainSet = datasets.MNIST("data", train: true, transform: transform).prefix(512)
    let loader = DataLoader(trainSet, batchSize: 128, shuffle: true)
    print("batches:", loader.count, "images:", trainSet.data.shape)
    """

    private let model = """
    //| label: model
    class Net: nn.Module {
        let conv = nn.Conv2d(1, 4, 3, 1)
        let fc = nn.Linear(36, 10)
        func forward(_ x: Tensor) -> Tensor {
            let h = F.maxPool2d(F.relu(conv(x)), 2)
            return F.logSoftmax(fc(flatten(h, 1)), dim: 1)
        }
    }
    let net = Net()
    print("params:", net.countParams(), "tensors:", net.parameters().count)
    net
    """

    func testScriptModuleTrainsWithAHandWrittenLoop() throws {
        let (outcome, text, fixture) = try runBindingsNotebook([data, model, """
        //| label: train
        let optimizer = optim.SGD(net.parameters(), lr: 0.1)
        let criterion = nn.CrossEntropyLoss()
        var curve = LossCurve()
        let clock = Stopwatch()
        for epoch in 1...2 {
            net.train()
            for (images, labels) in loader {
                optimizer.zeroGrad()
                let loss = criterion(net(images), labels)
                loss.backward()
                optimizer.step()
                curve.add(train: loss, epoch: epoch)
            }
            net.eval()
            noGrad {
                for (images, labels) in loader {
                    curve.add(validation: F.nllLoss(net(images), labels), epoch: epoch)
                }
            }
        }
        print("means:", curve.trainMeans.count, curve.validationMeans.count, "timed:", clock.elapsed > 0)
        print("improved:", curve.trainMeans[1] < curve.trainMeans[0])
        curve
        """, """
        //| label: accuracy
        var correct = 0.0
        noGrad {
            for (images, labels) in loader {
                correct += (net(images).argmax(dim: 1) == labels).sum().item()
            }
        }
        print("accuracy in range:", correct / Double(trainSet.count) > 0.1)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("data")?.printed.contains("batches: 4 images: [512, 1, 8, 8]") ?? false,
                      outcome.result("data")?.printed ?? "")
        // Conv2d 4·1·3·3 + 4 = 40, Linear 36·10 + 10 = 370.
        XCTAssertTrue(outcome.result("model")?.printed.contains("params: 410 tensors: 4") ?? false,
                      outcome.result("model")?.printed ?? "")
        let layers = try XCTUnwrap(outcome.result("model")?.modelSummaries.first)
        XCTAssertEqual(layers.rows.map { $0[0] }, ["conv", "fc"])
        XCTAssertEqual(layers.rows.map { $0[2] }, ["40", "370"])
        XCTAssertTrue(layers.caption?.contains("Net — Total params: 410") ?? false, layers.caption ?? "")
        let train = try XCTUnwrap(outcome.result("train"))
        XCTAssertTrue(train.printed.contains("means: 2 2 timed: true"), train.printed)
        XCTAssertTrue(train.printed.contains("improved: true"), train.printed)
        XCTAssertEqual(train.tables.first?.rows.count, 2)
        XCTAssertTrue(outcome.result("accuracy")?.printed.contains("accuracy in range: true") ?? false)
        XCTAssertFalse(fixture.progress.trainingUpdates.isEmpty, "iterating a loader moves the progress bar")
    }

    func testSequentialModulesAndAdam() throws {
        let (outcome, text, _) = try runBindingsNotebook([data, """
        //| label: sequential
        let net = nn.Sequential(nn.Flatten(), nn.Linear(64, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 10))
        let optimizer = optim.Adam(net.parameters(), lr: 0.01)
        for (images, labels) in loader {
            optimizer.zeroGrad()
            let loss = F.crossEntropy(net(images), labels)
            loss.backward()
            optimizer.step()
        }
        print("params:", net.countParams())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("sequential")?.printed.contains("params: 1210") ?? false,
                      outcome.result("sequential")?.printed ?? "")
    }

    func testWrongLabelShapeToALossIsLocated() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: bad-target
        let criterion = nn.CrossEntropyLoss()
        let output = Tensor.zeros([4, 10])
        let loss = criterion(output, Tensor.zeros([4, 1]))
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        assertLocatedError(text, fixture, line: 10, "expected target [4]")
    }

    func testLinearFedTheWrongSizeNamesTheLayer() throws {
        let (outcome, text, fixture) = try runBindingsNotebook([data, """
        //| label: bad-model
        class Wrong: nn.Module {
            let fc = nn.Linear(10, 10)
            func forward(_ x: Tensor) -> Tensor { fc(flatten(x, 1)) }
        }
        let net = Wrong()
        for (images, labels) in loader { let output = net(images) }
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        XCTAssertTrue(text.contains("fc"), text)
        XCTAssertTrue(text.contains("\(fixture.file):"), text)
    }
}
