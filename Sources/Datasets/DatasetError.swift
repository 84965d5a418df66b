/// Everything that can go wrong while reading a data set from disk. Each case names the file it
/// concerns, so a notebook can show the user which path to fix.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
    /// No file was found; `searched` lists every path that was tried, `hint` says how to restore it.
    case missingFile(searched: [String], hint: String)
    /// The file exists but could not be opened or read (permissions, I/O error).
    case unreadableFile(path: String, reason: String)
    /// A gzip file whose compressed stream is damaged (bad header, bad deflate data, bad checksum).
    case corruptCompression(path: String, reason: String)
    /// A gzip file that ends before its compressed stream does.
    case truncatedCompression(path: String)
    /// The IDX magic number is not the one this data set uses (2051 for images, 2049 for labels).
    case wrongMagic(path: String, expected: UInt32, found: UInt32)
    /// The IDX header is unusable: too short, or its dimensions are not the expected ones.
    case malformedHeader(path: String, reason: String)
    /// The payload length disagrees with the dimensions in the header.
    case lengthMismatch(path: String, expectedBytes: Int, actualBytes: Int)
    /// The images and labels of one split do not have the same number of entries.
    case countMismatch(images: Int, labels: Int)
    /// A label outside the classes of the data set (0…9 for MNIST).
    case labelOutOfRange(path: String, index: Int, value: UInt8)

    public var description: String {
        switch self {
        case let .missingFile(searched, hint):
            return "data file not found (looked for \(searched.joined(separator: " and "))); \(hint)"
        case let .unreadableFile(path, reason):
            return "\(path): cannot read the file: \(reason)"
        case let .corruptCompression(path, reason):
            return "\(path): the gzip data is corrupt (\(reason)); restore the original file"
        case let .truncatedCompression(path):
            return "\(path): the gzip data ends early (the file is truncated); restore the original file"
        case let .wrongMagic(path, expected, found):
            return "\(path): not the expected IDX file: magic number is \(found), expected \(expected)"
        case let .malformedHeader(path, reason):
            return "\(path): malformed IDX header: \(reason)"
        case let .lengthMismatch(path, expectedBytes, actualBytes):
            let how = actualBytes < expectedBytes ? "truncated" : "longer than its header says"
            return "\(path): file is \(how): the header promises \(expectedBytes) data bytes, found \(actualBytes)"
        case let .countMismatch(images, labels):
            return "images and labels disagree: \(images) images but \(labels) labels"
        case let .labelOutOfRange(path, index, value):
            return "\(path): label \(index) is \(value), outside 0…9"
        }
    }
}
