import Foundation

/// The `src` of a figure's `<img>`: its relative path, or with `--embed` a `data:` URI made
/// from the file's bytes so the page needs nothing beside it.
struct FigureSource {
    let url: String

    init(figure: Figure, embedFrom directory: URL?) throws {
        guard let directory else {
            url = figure.path
                .split(separator: "/", omittingEmptySubsequences: false)
                .map { String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
                .joined(separator: "/")
            return
        }
        let file = figure.path.hasPrefix("/")
            ? URL(fileURLWithPath: figure.path)
            : directory.appendingPathComponent(figure.path)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ReportError.unreadableFile(path: file.path, reason: error.localizedDescription)
        }
        url = "data:\(Self.mediaType(forExtension: file.pathExtension));base64,\(data.base64EncodedString())"
    }

    private static func mediaType(forExtension pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        default: return "image/png"
        }
    }
}
