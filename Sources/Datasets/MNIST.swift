import Foundation

/// The MNIST handwritten-digit data set (LeCun, Cortes and Burges): 60 000 training and 10 000
/// test images of 28×28 grey pixels (0 = background, 255 = ink) with labels 0…9.
///
/// Files are looked up the way torchvision does: under `<root>/mnist/`, relative to the working
/// directory, each either gzipped (`train-images-idx3-ubyte.gz`) or plain (`train-images-idx3-ubyte`).
///
/// ```swift
/// let (train, test) = try MNIST.load(root: "data")
/// train.images.count   // 60000
/// test.labels[0]       // 7
/// ```
public enum MNIST {
    /// The root used when none is given; the files are then read from `data/mnist/`.
    public static let defaultRoot = "data"

    /// SHA-256 of each decompressed file as published, keyed by file name without `.gz`.
    /// Compare with `MNISTSplit.imagesSHA256` / `labelsSHA256` to know the data is the real MNIST.
    public static let publishedSHA256: [String: String] = [
        "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
        "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
        "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    ]

    /// Number of classes (the digits 0…9).
    public static let classCount = 10

    /// Loads both splits from `<root>/mnist/`.
    /// - Throws: `DatasetError` naming the file that is missing, truncated, corrupt or of the wrong kind.
    public static func load(root: String = defaultRoot) throws -> (train: MNISTSplit, test: MNISTSplit) {
        (try MNISTSplit.load(root: root, train: true), try MNISTSplit.load(root: root, train: false))
    }

    /// The path of `name` under `root`: the gzipped file if present, else the plain one.
    static func locate(_ name: String, root: String) throws -> String {
        let directory = URL(fileURLWithPath: root).appendingPathComponent("mnist")
        let candidates = [name + ".gz", name].map { directory.appendingPathComponent($0).path }
        if let found = candidates.first(where: isRegularFile) { return found }
        let hint = "copy the four MNIST files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
            + "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz) into \(directory.path)/ — see README"
        throw DatasetError.missingFile(searched: candidates, hint: hint)
    }

    /// True for an existing file that is not a directory (a directory named like a data file
    /// would otherwise fail later with a misleading "corrupt gzip" message).
    private static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
