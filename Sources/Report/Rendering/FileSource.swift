import Foundation

/// The address of a file beside the page — a figure's `<img src>`, a written file's download
/// `href` —: its relative path, percent-encoded, or with `--embed` a `data:` URI made from the
/// file's bytes so the page needs nothing beside it.
struct FileSource {
    let url: String

    /// `path` is relative to the output directory (an absolute path is read as it is);
    /// `directory` is that directory when the file is to be inlined, nil to link it.
    init(path: String, embedFrom directory: URL?) throws {
        guard let directory else {
            url = path
                .split(separator: "/", omittingEmptySubsequences: false)
                .map { String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
                .joined(separator: "/")
            return
        }
        let file = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ReportError.unreadableFile(path: file.path, reason: error.localizedDescription)
        }
        url = "data:\(Self.mediaType(forExtension: file.pathExtension));base64,\(data.base64EncodedString())"
    }

    /// The media type a browser needs to show or save a file of this extension.
    static func mediaType(forExtension pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        case "csv": return "text/csv"
        case "json": return "application/json"
        case "txt", "md": return "text/plain"
        default: return "application/octet-stream"
        }
    }
}
