/// An error a notebook author can cause through the Keras-style API: which layer or call refused,
/// and what it expected versus what it was given, e.g.
/// `dense_1: expected input with 9216 features, got (None, 784)`.
public struct KerasError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The layer name (`dense_1`) or the call (`fit`, `compile`) that refused.
    public let context: String
    /// What went wrong, saying what was expected and what came.
    public let reason: String

    public init(_ context: String, _ reason: String) {
        self.context = context
        self.reason = reason
    }

    /// An error of the form "expected …, got …".
    public init(_ context: String, expected: String, got: String) {
        self.init(context, "expected \(expected), got \(got)")
    }

    public var description: String { "\(context): \(reason)" }
}

/// A shape as Keras prints it, with `None` for the batch dimension: `(None, 26, 26, 32)`.
func kerasShape(_ shape: [Int], batch: Bool = true) -> String {
    let parts = (batch ? ["None"] : []) + shape.map(String.init)
    return parts.count == 1 ? "(\(parts[0]),)" : "(\(parts.joined(separator: ", ")))"
}

/// A data tensor's shape with its first (sample) dimension shown as `None`.
func kerasDataShape(_ shape: [Int]) -> String {
    kerasShape(Array(shape.dropFirst()))
}
