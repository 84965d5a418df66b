import Foundation

/// A function of one element, as a type rather than a closure: `mapElements` is then specialised
/// for it and the function inlined into the loop. (A closure passed through the threaded loop
/// stays a call through a pointer for every element, several times slower than the work.)
protocol UnaryElementFunction {
    static func apply(_ x: Float) -> Float
}

/// A function of two elements, as a type; see `UnaryElementFunction`.
protocol BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float
}

/// `F(x[i])` for every element, split across `ComputeThreads`.
func mapElements<F: UnaryElementFunction>(_ x: [Float], _: F.Type) -> [Float] {
    let count = x.count
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
        x.withUnsafeBufferPointer { input in
            parallelChunks(count) { range in
                for i in range { out[i] = F.apply(input[i]) }
            }
        }
        initialized = count
    }
}

/// `F(a[i], b[i])` for equal-length arrays, split across `ComputeThreads`.
func zipElements<F: BinaryElementFunction>(_ a: [Float], _ b: [Float], _ function: F.Type) -> [Float] {
    broadcastBinary(a, [a.count], b, [b.count], [a.count], function)
}

/// max(x, 0).
enum ReLU: UnaryElementFunction {
    static func apply(_ x: Float) -> Float { max(x, 0) }
}

/// The upstream gradient where the ReLU's output y is positive, else 0.
enum ReLUGradient: BinaryElementFunction {
    static func apply(_ gradient: Float, _ y: Float) -> Float { y > 0 ? gradient : 0 }
}

/// 1 / (1 + e^(−x)).
enum Sigmoid: UnaryElementFunction {
    static func apply(_ x: Float) -> Float { 1 / (1 + Foundation.exp(-x)) }
}

/// g · y · (1 − y) for the sigmoid's output y.
enum SigmoidGradient: BinaryElementFunction {
    static func apply(_ gradient: Float, _ y: Float) -> Float { gradient * y * (1 - y) }
}

/// tanh x.
enum HyperbolicTangent: UnaryElementFunction {
    static func apply(_ x: Float) -> Float { Foundation.tanh(x) }
}

/// g · (1 − y²) for tanh's output y.
enum HyperbolicTangentGradient: BinaryElementFunction {
    static func apply(_ gradient: Float, _ y: Float) -> Float { gradient * (1 - y * y) }
}

/// e^x.
enum Exponential: UnaryElementFunction {
    static func apply(_ x: Float) -> Float { Foundation.exp(x) }
}

/// ln x.
enum Logarithm: UnaryElementFunction {
    static func apply(_ x: Float) -> Float { Foundation.log(x) }
}

/// a · b.
enum Product: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a * b }
}

/// a / b.
enum Quotient: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a / b }
}

/// a + b.
enum Sum: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a + b }
}

/// a − b.
enum Difference: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a - b }
}

/// −a · b (the divisor's share of a quotient's gradient, from g / b and the quotient).
enum NegatedProduct: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { -a * b }
}

/// 1 where a == b, else 0; likewise the other comparisons below.
enum Equal: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a == b ? 1 : 0 }
}

enum NotEqual: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a != b ? 1 : 0 }
}

enum Less: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a < b ? 1 : 0 }
}

enum LessOrEqual: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a <= b ? 1 : 0 }
}

enum Greater: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a > b ? 1 : 0 }
}

enum GreaterOrEqual: BinaryElementFunction {
    static func apply(_ a: Float, _ b: Float) -> Float { a >= b ? 1 : 0 }
}
