import Compute
import Language
import Learning

/// Data spellings pasted from Keras and PyTorch code:
///
///     let ((xTrain, yTrain), (xTest, yTest)) = mnist.loadData()     // Keras: [60000, 28, 28] values 0…255
///     let yOneHot = toCategorical(yTrain, 10)
///     for (i, (images, labels)) in trainLoader.enumerated() { ... }    // lazily, one batch at a time
///     trainLoader.dataset.count
///     torch.utils.data.DataLoader(set, batchSize: 64, dropLast: true); torch.utils.data.Subset(set, indices)
enum DataExtrasBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("mnist") { space in
            space.function("loadData", "(path: String = \"data\") -> ((Tensor, Tensor), (Tensor, Tensor))") { a -> Value in
                let splits = try DatasetsBindings.mnistSplits(root: try a.string("path"), environment: environment)
                return .tuple(try splits.map { digits in
                    .tuple([.host(try digits.images), .host(digits.labels)], labels: [nil, nil])
                }, labels: [nil, nil])
            }
        }
        bindings.function("toCategorical", "_ labels: Tensor, _ numClasses: Int") { a in
            try toCategorical(try KerasBindings.classLabels(a["labels"], name: "labels"), numClasses: try a.int("numClasses"))
        }
        bindings.type(NotebookDataLoader.self, "DataLoader") { t in
            t.method("enumerated") { loader, _ in EnumeratedBatches(loader: loader) }
            t.property("dataset") { try $0.dataset() }
        }
        bindings.type(EnumeratedBatches.self, "EnumeratedBatches") { t in
            t.sequence(element: "(offset: Int, element: (Tensor, Tensor))") { batches in try batches.loader.epoch().lazy.enumerated().map { Value.tuple([.int($0.offset), Bindings.wrap($0.element)], labels: ["offset", "element"]) } }
        }
        bindings.namespace("torch") { torch in
            torch.namespace("utils") { utils in
                utils.namespace("data") { data in
                    data.type(NotebookDataLoader.self, "DataLoader")
                    data.type(TensorSubset.self, "Subset") { t in
                        t.initializer("_ dataset: Dataset, _ indices: [Int]") { a in
                            guard let dataset = a["dataset"].hostValue as? TorchDataset else {
                                throw BindingError("argument 'dataset' expects a data set, got \(a["dataset"].typeName)")
                            }
                            let indices = try a.get("indices", as: [Int].self)
                            if let bad = indices.first(where: { !(0..<dataset.count).contains($0) }) {
                                throw BindingError("Subset index \(bad) is out of range 0..<\(dataset.count)")
                            }
                            return try TensorSubset(data: try dataset.samples(0..<dataset.count).rows(indices),
                                                    targets: try dataset.targets.rows(indices))
                        }
                    }
                }
            }
        }
    }
}

/// `loader.enumerated()`: one epoch of the loader, each batch with its index.
final class EnumeratedBatches {
    let loader: NotebookDataLoader
    init(loader: NotebookDataLoader) { self.loader = loader }
}
