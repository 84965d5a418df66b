/// The one error type of `Compute`: which operation refused, the shapes it was given and why.
///
/// Every public operation that a notebook cell can call with bad arguments throws this instead
/// of crashing, e.g. `matmul: inner dimensions differ, shapes [32, 10] and [5, 3]`.
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The operation that failed, in the spelling users call it (`matmul`, `conv2d`, `+`).
    public let operation: String
    /// The shapes of the operands, in argument order.
    public let shapes: [[Int]]
    /// What was wrong, in plain words.
    public let reason: String

    public init(_ operation: String, _ reason: String, shapes: [[Int]] = []) {
        self.operation = operation
        self.reason = reason
        self.shapes = shapes
    }

    public var description: String {
        guard !shapes.isEmpty else { return "\(operation): \(reason)" }
        let listed = shapes.map { "\($0)" }.joined(separator: " and ")
        return "\(operation): \(reason), shape\(shapes.count == 1 ? "" : "s") \(listed)"
    }
}

/// The largest tensor we agree to allocate (2^31 elements = 8 GiB of Float32). Anything larger is
/// almost certainly a typo in a notebook cell and would otherwise kill the process.
let maximumElementCount = 1 << 31

/// Element count of `shape`, or an error naming `operation` when a dimension is negative or the
/// product is absurdly large (checked with overflow detection).
func checkedElementCount(_ shape: [Int], operation: String) throws -> Int {
    var count = 1
    for dimension in shape {
        guard dimension >= 0 else { throw TensorError(operation, "negative dimension", shapes: [shape]) }
        let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
        guard !overflow, product <= maximumElementCount else {
            throw TensorError(operation, "more than \(maximumElementCount) elements", shapes: [shape])
        }
        count = product
    }
    return count
}
