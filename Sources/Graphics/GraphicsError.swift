/// Everything that can go wrong while building, drawing, encoding or decoding a figure.
/// Each case carries enough context to say which input was wrong, in the words of the caller's API.
public enum GraphicsError: Error, Equatable, CustomStringConvertible {
    /// A chart was given nothing to draw; `what` names the empty input ("series", "bars", ...).
    case emptyData(chart: String, what: String)
    /// An input had an impossible value; `detail` says which one and why.
    case invalidInput(chart: String, detail: String)
    /// libpng refused to encode the pixels.
    case encodingFailed(String)
    /// The bytes are not a readable PNG (corrupt, truncated or not a PNG at all).
    case decodingFailed(String)
    /// Cairo could not create or draw the surface.
    case drawingFailed(String)
    /// Writing the figure file failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .emptyData(chart, what): return "\(chart): no data to draw (\(what) is empty)"
        case let .invalidInput(chart, detail): return "\(chart): \(detail)"
        case let .encodingFailed(reason): return "PNG encoding failed: \(reason)"
        case let .decodingFailed(reason): return "PNG decoding failed: \(reason)"
        case let .drawingFailed(reason): return "drawing failed: \(reason)"
        case let .writeFailed(path, reason): return "could not write figure to \(path): \(reason)"
        }
    }
}
