import Compute
import Datasets
import Foundation
import Language
import Learning

/// Data for cells: the MNIST digits in both styles, torchvision's transforms and the data loader.
///
///     let (train, test) = MNIST.load()                 // from the run's data root (--data, default "data")
///     train.images.shape                                // [60000, 28, 28], values 0…255
///     train.prefix(2000).classCounts()
///     let set = datasets.MNIST("data", train: true, transform: transforms.Compose([transforms.ToTensor()]))
///     for (images, labels) in DataLoader(set, batchSize: 512, shuffle: true) { ... }
///
/// A relative root is resolved against the working directory, as PyTorch does; the root `"data"`
/// (the default) stands for the run's data root, so `notebook run --data DIR` redirects it. A
/// missing data set is an error naming the files it looked for. Every data file read is recorded
/// with its SHA-256 for the article's reproducibility footer.
enum DatasetsBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Datasets.MNIST.self, "MNIST") { t in
            t.staticMethod("load", "(root: String = \"data\") -> (train: MNISTDigits, test: MNISTDigits)") { a in
                let splits = try mnistSplits(root: try a.string("root"), environment: environment)
                return Value.tuple([.host(splits[0]), .host(splits[1])], labels: ["train", "test"])
            }
        }
        bindings.type(MNISTDigits.self, "MNISTDigits") { t in
            t.fingerprint { "\(ObjectIdentifier($0).hashValue)" }
            datasetSnapshot(t, kind: "mnist.digits")
            t.property("images") { try $0.images }
            t.property("labels") { $0.labels }
            t.property("count") { $0.count }
            t.property("isEmpty") { $0.count == 0 }
            t.method("prefix", "_ count: Int") { digits, a in try digits.prefix(try a.int("count")) }
            t.method("select", "_ indices: [Int]") { digits, a in try digits.select(try a.get("indices", as: [Int].self)) }
            t.method("classCounts") { digits, _ in digits.classCounts() }
            t.subscripting("(_ index: Int) -> (image: Tensor, label: Int)") { digits, a in
                let example = try digits.example(try a.int("index"))
                return Value.tuple([.host(example.image), .int(example.label)], labels: ["image", "label"])
            }
            t.subscripting("_ range: Range<Int>") { digits, a in
                guard case .range(let lower, let upper, _) = a["range"] else {
                    throw BindingError("MNIST digits take an Int or a range as subscript, got \(a["range"].typeName)")
                }
                return try digits.range(lower..<upper)
            }
        }
        var toldAboutDownload = false
        bindings.namespace("datasets") { space in
            space.type(Learning.datasets.MNIST.self, "MNIST") { t in
                t.fingerprint { "\($0.root):\($0.train):\(ObjectIdentifier($0.images).hashValue)" }
                datasetSnapshot(t, kind: "torch.mnist")
                t.initializer("_ root: String = \"data\", train: Bool = true, download: Bool = false, transform: Transform? = nil") { a in
                    let root = resolvedRoot(try a.string("root"), environment: environment)
                    if try a.bool("download"), !toldAboutDownload {
                        toldAboutDownload = true
                        environment.cell.write(text: "datasets.MNIST: nothing to download, the files are read from \(root)/mnist\n")
                    }
                    let train = try a.bool("train")
                    let set = try Learning.datasets.MNIST(root, train: train, transform: try a.optional("transform", as: TorchTransform.self))
                    recordTorchFiles(root: root, train: train, set: set, environment: environment)
                    return set
                }
                datasetMembers(t)
                t.property("train") { $0.train }
            }
        }
        bindings.type(TensorSubset.self, "TensorDataset") { t in
            t.fingerprint { "\(ObjectIdentifier($0.data).hashValue)v\($0.data.version):\(ObjectIdentifier($0.targets).hashValue)v\($0.targets.version)" }
            datasetSnapshot(t, kind: "torch.tensor-dataset")
            t.initializer("_ data: Tensor, _ targets: Tensor") { a in
                try TensorSubset(data: try a.get("data", as: Tensor.self), targets: try a.get("targets", as: Tensor.self))
            }
            datasetMembers(t)
        }
        installTransforms(into: bindings)
        bindings.type(NotebookDataLoader.self, "DataLoader") { t in
            t.fingerprint { "\(ObjectIdentifier($0).hashValue)" }
            t.snapshot(kind: "torch.data-loader", version: 2, bytes: { try RecipeCoding.encode(try $0.recipe()) }, read: { bytes in
                NotebookDataLoader(restoring: try RecipeCoding.decode(LoaderRecipe.self, bytes), environment: environment)
            })
            t.initializer("_ dataset: Dataset, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false") { a in
                let value = a["dataset"]
                guard let dataset = value.hostValue as? TorchDataset else {
                    throw BindingError("argument 'dataset' expects a data set (datasets.MNIST, TensorDataset, MNIST digits), got \(value.typeName)")
                }
                return try NotebookDataLoader(dataset, batchSize: try a.int("batchSize"), shuffle: try a.bool("shuffle"),
                                              dropLast: try a.bool("dropLast"), environment: environment)
            }
            t.property("count") { $0.count }
            t.property("batchSize") { $0.batchSize }
            t.property("datasetCount") { $0.datasetCount }
            t.sequence(element: "(Tensor, Tensor)") { loader in try loader.epoch() }
        }
    }

    /// The MNIST training and test digits under `root` (recorded for the footer).
    static func mnistSplits(root: String, environment: NotebookEnvironment) throws -> [MNISTDigits] {
        let resolved = resolvedRoot(root, environment: environment)
        return try [true, false].map { train -> MNISTDigits in
            let set = try Learning.datasets.MNIST(resolved, train: train)
            recordTorchFiles(root: resolved, train: train, set: set, environment: environment)
            return MNISTDigits(set)
        }
    }

    /// A data set is stored as the recipe that reads it again (see `DatasetRecipe`).
    private static func datasetSnapshot<D: TorchDataset>(_ t: TypeBuilder<D>, kind: String) {
        t.snapshot(kind: kind, version: 1, bytes: { try RecipeCoding.encode(DatasetRecipe($0)) }, read: { bytes in
            guard let dataset = try RecipeCoding.decode(DatasetRecipe.self, bytes).read() as? D else {
                throw BindingError("the stored \(kind) data set is of another kind")
            }
            return dataset
        })
    }

    /// What every PyTorch-style data set offers cells.
    private static func datasetMembers<D: TorchDataset>(_ t: TypeBuilder<D>) {
        t.property("data") { try $0.data }
        t.property("targets") { $0.targets }
        t.property("count") { $0.count }
        t.method("prefix", "_ count: Int") { set, a in
            let n = try a.int("count")
            guard n >= 0 else { throw BindingError("prefix needs a count ≥ 0, got \(n)") }
            let end = min(n, set.count)
            return try TensorSubset(data: try set.samples(0..<end), targets: try set.targets.slice(0..<end))
        }
        t.method("classCounts") { set, _ in
            var counts = Array(repeating: 0, count: Datasets.MNIST.classCount)
            for label in set.targets.scalars where counts.indices.contains(Int(label)) { counts[Int(label)] += 1 }
            return counts
        }
    }

    private static func installTransforms(into bindings: Bindings) {
        bindings.namespace("transforms") { space in
            space.type(transforms.Compose.self, "Compose") { t in
                t.initializer("_ transforms: [Transform]") { a in transforms.Compose(try a.array("transforms", of: TorchTransform.self)) }
            }
            space.type(transforms.Resize.self, "Resize") { t in
                t.initializer("_ size: (Int, Int)") { a in
                    let size = try a.shape("size")
                    guard size.count == 1 || size.count == 2, size.allSatisfy({ $0 >= 1 }) else {
                        throw BindingError("Resize expects a size ≥ 1 or a pair (height, width), got \(size)")
                    }
                    return transforms.Resize((size[0], size[size.count - 1]))
                }
            }
            space.type(transforms.ToTensor.self, "ToTensor") { t in t.initializer { _ in transforms.ToTensor() } }
            space.type(transforms.Normalize.self, "Normalize") { t in
                t.initializer("_ mean: [Double], _ std: [Double]") { a in
                    // One channel may be given as a number or a one-element array (`Normalize(0.1307, 0.3081)`).
                    let mean = try Float(scriptValue: a["mean"]).map { [$0] } ?? a.get("mean", as: [Float].self)
                    let std = try Float(scriptValue: a["std"]).map { [$0] } ?? a.get("std", as: [Float].self)
                    guard mean.count == std.count, !mean.isEmpty else {
                        throw BindingError("Normalize needs one mean and one std per channel, got \(mean.count) and \(std.count)")
                    }
                    if let zero = std.first(where: { $0 == 0 }) { throw BindingError("Normalize std must not be \(zero)") }
                    return transforms.Normalize(mean, std)
                }
                t.initializer("mean: Double, std: Double") { a in
                    transforms.Normalize(mean: try a.get("mean", as: Float.self), std: try a.get("std", as: Float.self))
                }
            }
        }
    }

    /// `root`, with the default `"data"` standing for the run's data root.
    static func resolvedRoot(_ root: String, environment: NotebookEnvironment) -> String {
        root == Datasets.MNIST.defaultRoot ? environment.dataRoot : root
    }

    private static func recordTorchFiles(root: String, train: Bool, set: Learning.datasets.MNIST, environment: NotebookEnvironment) {
        let prefix = train ? "train" : "t10k"
        let directory = URL(fileURLWithPath: root).appendingPathComponent("mnist")
        for (name, sha) in [("\(prefix)-images-idx3-ubyte", set.imagesSHA256), ("\(prefix)-labels-idx1-ubyte", set.labelsSHA256)] {
            let gzipped = directory.appendingPathComponent(name + ".gz").path
            let path = FileManager.default.fileExists(atPath: gzipped) ? gzipped : directory.appendingPathComponent(name).path
            environment.recordDataFile(path: path, sha256: sha)
        }
    }
}

/// `DataLoader(dataset, batchSize:, shuffle:)` for cells: every `for` over it is one epoch. A
/// shuffling loader draws each epoch's order from the generator of the cell that iterates it, and
/// each batch moves the cell's progress bar. A loader the cache restored reads its data set again
/// only when a pass starts, so a cell that asks for its `count` does not wait for the data.
final class NotebookDataLoader {
    let batchSize: Int
    let shuffle: Bool
    let dropLast: Bool
    /// Samples in the data set.
    let datasetCount: Int
    private let environment: NotebookEnvironment
    private var passes = 0
    /// The data set, or the recipe that reads it (for a loader restored from the cache).
    private var source: Source

    private enum Source {
        case ready(TorchDataset)
        case recipe(DatasetRecipe)
    }

    init(_ dataset: TorchDataset, batchSize: Int, shuffle: Bool, dropLast: Bool, environment: NotebookEnvironment) throws {
        // Validates the arguments once, with the library's messages.
        _ = try DataLoader(dataset, batchSize: batchSize, shuffle: false, dropLast: dropLast)
        source = .ready(dataset)
        datasetCount = dataset.count
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.environment = environment
    }

    /// A loader as the cache stored it.
    init(restoring recipe: LoaderRecipe, environment: NotebookEnvironment) {
        source = .recipe(recipe.dataset)
        datasetCount = recipe.datasetCount
        batchSize = recipe.batchSize
        shuffle = recipe.shuffle
        dropLast = recipe.dropLast
        self.environment = environment
    }

    /// What the cache stores of this loader.
    func recipe() throws -> LoaderRecipe {
        let dataset: DatasetRecipe
        switch source {
        case .ready(let ready): dataset = try DatasetRecipe(ready)
        case .recipe(let recipe): dataset = recipe
        }
        return LoaderRecipe(dataset: dataset, datasetCount: datasetCount, batchSize: batchSize, shuffle: shuffle, dropLast: dropLast)
    }

    /// The data set, read now if the loader was restored from the cache.
    func dataset() throws -> TorchDataset {
        switch source {
        case .ready(let dataset): return dataset
        case .recipe(let recipe):
            let dataset = try recipe.read()
            source = .ready(dataset)
            return dataset
        }
    }

    /// Batches per epoch.
    var count: Int { dropLast ? datasetCount / batchSize : (datasetCount + batchSize - 1) / batchSize }

    /// One pass over the data, with the running cell's generator and progress bar.
    func epoch() throws -> DataLoader {
        let context = environment.cell
        passes += 1
        let pass = passes
        let progress = context.progress
        let batchSize = self.batchSize
        return try DataLoader(try dataset(), batchSize: batchSize, shuffle: shuffle, dropLast: dropLast,
                              generator: shuffle ? context.random : nil) { batch in
            // A hand-written loop does not say how many passes it will make: the bar shows this
            // pass's number and the time left in it.
            if batch.index == 0 { progress.begin(epochs: 0, batchesPerEpoch: batch.count, batchSize: batchSize) }
            try? progress.batchEnded(epoch: pass, batch: batch.index + 1)
        }
    }
}
