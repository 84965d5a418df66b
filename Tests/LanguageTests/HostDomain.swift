import Language

// A small host domain for the tests: a vector type with operators, layers with a subclassable
// base class, an enum-like activation, a result-builder container and an iterable loader.
// It mirrors the shapes of the real ML bindings without depending on them.

final class Vector: CustomStringConvertible {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }
    var description: String { "Vector(\(values))" }
    func sum() -> Double { values.reduce(0, +) }
    static func + (a: Vector, b: Vector) -> Vector { Vector(zip(a.values, b.values).map { $0 + $1 }) }
    static func * (a: Vector, b: Double) -> Vector { Vector(a.values.map { $0 * b }) }
}

enum Activation: Hashable { case relu, identity }

struct ShapeError: Error, CustomStringConvertible {
    let description: String
}

class Layer {
    var training = true
    func forward(_ x: Vector) throws -> Vector { x }
    func parameters() -> [Vector] { [] }
}

final class Scale: Layer {
    let weight: Vector
    let activation: Activation
    init(_ size: Int, by factor: Double, activation: Activation) {
        weight = Vector(Array(repeating: factor, count: size))
        self.activation = activation
    }
    override func forward(_ x: Vector) throws -> Vector {
        guard x.values.count == weight.values.count else {
            throw ShapeError(description: "Scale expects \(weight.values.count) values, got \(x.values.count)")
        }
        let scaled = zip(x.values, weight.values).map { $0 * $1 }
        return Vector(activation == .relu ? scaled.map { max(0, $0) } : scaled)
    }
    override func parameters() -> [Vector] { [weight] }
}

/// The host object behind an instance of a script subclass of `Layer`.
final class ScriptLayer: Layer {
    let instance: ScriptObject
    init(_ instance: ScriptObject) { self.instance = instance }
    override func forward(_ x: Vector) throws -> Vector {
        let result = try instance.callMethod("forward", [.host(x)])
        guard let vector = result.hostValue as? Vector else { throw ShapeError(description: "forward must return a Vector") }
        return vector
    }
    override func parameters() -> [Vector] {
        instance.storedProperties.flatMap { ($0.value.hostValue as? Layer)?.parameters() ?? [] }
    }
}

final class Stack {
    var layers: [Layer]
    init(_ layers: [Layer]) { self.layers = layers }
    func add(_ layer: Layer) { layers.append(layer) }
}

struct Loader: Sequence {
    let count: Int
    func makeIterator() -> AnyIterator<(Vector, Int)> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return (Vector([Double(index)]), index)
        }
    }
}

/// A value type with a mutating method, like a loss curve held in a `var`.
struct Curve {
    var points: [Double] = []
    mutating func add(_ point: Double) { points.append(point) }
}

func makeHostBindings() -> Bindings {
    let bindings = Bindings()
    bindings.type(Vector.self, "Vector") { t in
        t.initializer("_ values: [Double]") { a in Vector(try a.get(0, as: [Double].self)) }
        t.method("sum") { x, _ in x.sum() }
        t.property("count") { x in x.values.count }
        t.property("doubled") { x in x * 2 }
        t.property("values", get: { x in x.values }, set: { x, value in
            guard let values = [Double](scriptValue: value) else { throw BindingError("values must be [Double]") }
            x.values = values
        })
        t.subscripting("_ index: Int") { x, a in
            let index = try a.int(0)
            guard x.values.indices.contains(index) else { throw BindingError("index \(index) out of range") }
            return x.values[index]
        }
    }
    bindings.binaryOperator("+") { (a: Vector, b: Vector) in a + b }
    bindings.binaryOperator("*") { (a: Vector, b: Double) in a * b }
    bindings.binaryOperator("==") { (a: Vector, b: Vector) in a.values == b.values }
    bindings.enumeration(Activation.self, "Activation", ["relu": .relu, "identity": .identity])
    bindings.namespace("nn") { nn in
        nn.type(Layer.self, "Module") { t in
            t.subclassable { instance in ScriptLayer(instance) }
            t.call("_ input: Vector") { layer, a in try layer.forward(try a.get(0, as: Vector.self)) }
            t.method("parameters") { layer, _ in layer.parameters() }
            t.method("train") { layer, _ in layer.training = true }
            t.method("eval") { layer, _ in layer.training = false }
            t.property("training") { layer in layer.training }
        }
        nn.type(Scale.self, "Scale", inherits: Layer.self) { t in
            t.initializer("_ size: Int, by factor: Double = 1, activation: Activation = .identity") { a in
                Scale(try a.int(0), by: try a.double("factor"), activation: try a.get("activation", as: Activation.self))
            }
        }
    }
    bindings.namespace("F") { F in
        F.function("relu", "_ x: Vector") { a in Vector(try a.get(0, as: Vector.self).values.map { max(0, $0) }) }
    }
    bindings.type(Stack.self, "Stack") { t in
        t.initializer("_ layers: @builder () -> [Layer]") { a in Stack(try a.builder("layers").compactMap { $0.hostValue as? Layer }) }
        t.initializer("") { _ in Stack([]) }
        t.method("add", "_ layer: Layer") { stack, a in stack.add(try a.get(0, as: Layer.self)) }
        t.property("count") { stack in stack.layers.count }
    }
    bindings.type(Loader.self, "Loader") { t in
        t.initializer("count: Int") { a in Loader(count: try a.int("count")) }
        t.sequence { loader in loader }
    }
    bindings.type(Curve.self, "Curve") { t in
        t.initializer { _ in Curve() }
        t.mutatingMethod("add", "_ point: Double") { curve, a in curve.add(try a.double(0)) }
        t.property("count") { curve in curve.points.count }
    }
    bindings.function("pair", "kernelSize: (Int, Int)") { a in try a.ints("kernelSize", count: 2) }
    bindings.function("noGrad", "_ body: () -> Void") { a in _ = try a.function("body")([]) }
    bindings.function("fail", "_ message: String") { a -> Int in throw ShapeError(description: try a.string("message")) }
    return bindings
}
