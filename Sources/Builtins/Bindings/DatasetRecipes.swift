import Compute
import Foundation
import Language
import Learning

/// How the cell cache stores the PyTorch-style data sets and loaders and MNIST splits cells make:
/// as the recipe that reads them again from their files (the cache checks that those files are
/// unchanged before it restores the cell that read them), or, for tensors given directly, as the
/// tensors. The recipe is JSON; every number in it is an integer or a bit pattern.
enum DatasetRecipe: Codable {
    case mnist(root: String, train: Bool, transform: TransformRecipe?)
    case digits(DigitsOrigin)
    /// `Tensor.serialize([data, targets])`.
    case tensors(Data)

    /// The recipe of `dataset`; throws for a data set the cache cannot read again.
    init(_ dataset: TorchDataset) throws {
        switch dataset {
        case let mnist as Learning.datasets.MNIST:
            self = .mnist(root: mnist.root, train: mnist.train, transform: try mnist.transform.map(TransformRecipe.init))
        case let digits as MNISTDigits:
            self = .digits(digits.origin)
        case let subset as TensorSubset:
            self = .tensors(Data(Tensor.serialize([subset.data, subset.targets])))
        default:
            throw BindingError("a \(type(of: dataset)) data set cannot be stored in the cache")
        }
    }

    /// The data set, read again.
    func read() throws -> TorchDataset {
        switch self {
        case .mnist(let root, let train, let transform):
            return try Learning.datasets.MNIST(root, train: train, transform: transform?.transform)
        case .digits(let origin):
            return try origin.read()
        case .tensors(let bytes):
            let tensors = try Tensor.deserializeList([UInt8](bytes))
            guard tensors.count == 2 else { throw BindingError("the stored TensorDataset is damaged") }
            return try TensorSubset(data: tensors[0], targets: tensors[1])
        }
    }
}

/// Recipes as stored bytes: JSON with sorted keys, so that equal recipes give equal bytes.
enum RecipeCoding {
    static func encode<T: Encodable>(_ recipe: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return [UInt8](try encoder.encode(recipe))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}

/// torchvision's transforms as data (Float values as bit patterns).
indirect enum TransformRecipe: Codable {
    case compose([TransformRecipe])
    case resize(height: Int, width: Int)
    case toTensor
    case normalize(mean: [UInt32], std: [UInt32])

    init(_ transform: TorchTransform) throws {
        switch transform {
        case let compose as transforms.Compose: self = .compose(try compose.transforms.map(TransformRecipe.init))
        case let resize as transforms.Resize: self = .resize(height: resize.height, width: resize.width)
        case is transforms.ToTensor: self = .toTensor
        case let normalize as transforms.Normalize:
            self = .normalize(mean: normalize.mean.map(\.bitPattern), std: normalize.std.map(\.bitPattern))
        default: throw BindingError("a data set with a \(type(of: transform)) transform cannot be stored in the cache")
        }
    }

    var transform: TorchTransform {
        switch self {
        case .compose(let items): return transforms.Compose(items.map(\.transform))
        case .resize(let height, let width): return transforms.Resize((height, width))
        case .toTensor: return transforms.ToTensor()
        case .normalize(let mean, let std):
            return transforms.Normalize(mean.map(Float.init(bitPattern:)), std.map(Float.init(bitPattern:)))
        }
    }
}

/// A data loader as stored: its data set's recipe and size, and its settings.
struct LoaderRecipe: Codable {
    let dataset: DatasetRecipe
    let datasetCount: Int
    let batchSize: Int
    let shuffle: Bool
    let dropLast: Bool
}
