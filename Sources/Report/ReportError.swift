/// Why a report could not be rendered or written. Each case names the file involved.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// `--template DIR` does not name a folder.
    case templateDirectoryMissing(String)
    /// A template does not parse as Mustache.
    case templateSyntax(template: String, reason: String)
    /// The page template rendered nothing (e.g. it is missing from a custom set).
    case templateMissing(String)
    /// A file (template or figure) exists but could not be read.
    case unreadableFile(path: String, reason: String)
    /// The page or its folder could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .templateDirectoryMissing(let path):
            return "\(path): template directory not found"
        case .templateSyntax(let template, let reason):
            return "\(template): template error: \(reason)"
        case .templateMissing(let name):
            return "\(name).mustache: template not found"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read file: \(reason)"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write file: \(reason)"
        }
    }
}
