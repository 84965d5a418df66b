/// One half of MNIST — the training set (60 000 images) or the test set (10 000) — with the
/// checksums of the files it came from, for the report's reproducibility footer.
public struct MNISTSplit: Equatable {
    /// Images of shape [N, 28, 28], pixel values 0…255.
    public let images: MNISTImages
    /// One label per image, each 0…9.
    public let labels: [UInt8]
    /// True for the training split, false for the test split.
    public let isTraining: Bool
    /// The files read (the `.gz` or plain path actually used).
    public let imagesPath: String
    public let labelsPath: String
    /// SHA-256 of the decompressed image and label files, lowercase hex.
    public let imagesSHA256: String
    public let labelsSHA256: String

    /// Number of examples.
    public var count: Int { labels.count }

    /// Image height and width MNIST guarantees.
    public static let imageSide = 28

    /// Reads the training (`train: true`) or test split from `<root>/mnist/`, checking magic
    /// numbers, the 28×28 image size, that header counts match file lengths, that images and labels
    /// agree in number, and that every label is a digit.
    public static func load(root: String = MNIST.defaultRoot, train: Bool) throws -> MNISTSplit {
        let prefix = train ? "train" : "t10k"
        let imagesPath = try MNIST.locate("\(prefix)-images-idx3-ubyte", root: root)
        let labelsPath = try MNIST.locate("\(prefix)-labels-idx1-ubyte", root: root)
        let imageFile = try IDXFile(path: imagesPath, magic: IDXFile.imagesMagic)
        let labelFile = try IDXFile(path: labelsPath, magic: IDXFile.labelsMagic)

        let (count, rows, columns) = (imageFile.dimensions[0], imageFile.dimensions[1], imageFile.dimensions[2])
        guard rows == imageSide, columns == imageSide else {
            throw DatasetError.malformedHeader(
                path: imagesPath, reason: "images are \(rows)×\(columns), MNIST images are \(imageSide)×\(imageSide)")
        }
        guard count == labelFile.dimensions[0] else {
            throw DatasetError.countMismatch(images: count, labels: labelFile.dimensions[0])
        }
        if let bad = labelFile.elements.firstIndex(where: { Int($0) >= MNIST.classCount }) {
            throw DatasetError.labelOutOfRange(path: labelsPath, index: bad, value: labelFile.elements[bad])
        }
        return MNISTSplit(
            images: MNISTImages(pixels: imageFile.elements, count: count, rows: rows, columns: columns),
            labels: labelFile.elements, isTraining: train,
            imagesPath: imagesPath, labelsPath: labelsPath,
            imagesSHA256: imageFile.sha256, labelsSHA256: labelFile.sha256)
    }

    /// How many examples carry each label: element `d` counts the digit `d`.
    public func labelHistogram() -> [Int] {
        var counts = [Int](repeating: 0, count: MNIST.classCount)
        for label in labels { counts[Int(label)] += 1 }
        return counts
    }
}
