/// A `Set` of the notebook language: hashable values (see `DictionaryKey`) without duplicates.
///
/// Swift iterates and prints a set in an order that depends on a per-process hash seed, so two
/// runs of the same program may print `[2, 1]` and `[1, 2]`. A notebook must be reproducible, so
/// this set keeps its elements in insertion order instead: the same cell always prints the same
/// text. Programs that must match Swift byte for byte print `sorted()` or counts.
public struct ValueSet {
    public private(set) var elements: [Value] = []
    private var index: [DictionaryKey: Int] = [:]

    public init() {}

    /// The distinct hashable elements of `items`, in their first-seen order; nil when one of
    /// them cannot be hashed.
    public init?(_ items: [Value]) {
        for item in items {
            guard insert(item) != nil else { return nil }
        }
    }

    public var count: Int { elements.count }
    public var isEmpty: Bool { elements.isEmpty }

    public func contains(_ value: Value) -> Bool {
        guard let key = DictionaryKey(value) else { return false }
        return index[key] != nil
    }

    /// Adds `value` when absent. Returns whether it was added, or nil when it cannot be hashed.
    @discardableResult
    mutating func insert(_ value: Value) -> Bool? {
        guard let key = DictionaryKey(value) else { return nil }
        if index[key] != nil { return false }
        index[key] = elements.count
        elements.append(value)
        return true
    }

    /// Removes `value`; returns the removed element, or nil when it was absent.
    @discardableResult
    mutating func remove(_ value: Value) -> Value? {
        guard let key = DictionaryKey(value), let position = index[key] else { return nil }
        let removed = elements.remove(at: position)
        index[key] = nil
        for offset in position..<elements.count { index[DictionaryKey(elements[offset])!] = offset }
        return removed
    }

    func union(_ other: [Value]) -> ValueSet {
        var result = self
        for item in other { result.insert(item) }
        return result
    }

    func intersection(_ other: ValueSet) -> ValueSet {
        ValueSet(elements.filter(other.contains)) ?? ValueSet()
    }

    func subtracting(_ other: ValueSet) -> ValueSet {
        ValueSet(elements.filter { !other.contains($0) }) ?? ValueSet()
    }

    func symmetricDifference(_ other: ValueSet) -> ValueSet {
        subtracting(other).union(other.subtracting(self).elements)
    }

    func isSubset(of other: ValueSet) -> Bool { elements.allSatisfy(other.contains) }
}

/// A dictionary key or set element of a script type that implements `==` itself (`static func ==`
/// in the type or an extension). Swift finds such keys by that `==`, with a `hash(into:)` that
/// must agree with it; these keys compare by calling the type's `==`, and all hash alike, so a
/// lookup finds what Swift finds whatever the type's `hash(into:)` combines.
struct UserEquatableKey: Hashable {
    let object: ScriptObject

    init?(_ object: ScriptObject) {
        guard let interpreter = object.interpreter,
              interpreter.cachedMember("==", of: object.scriptClass.name, isStatic: true) != nil else { return nil }
        self.object = object
    }

    static func == (a: UserEquatableKey, b: UserEquatableKey) -> Bool {
        if a.object === b.object { return true }
        // A `==` that fails (an overflow in it) finds nothing, as no equal key.
        guard let interpreter = a.object.interpreter,
              case .bool(let equal)?? = try? interpreter.userOperator(.equal, .object(a.object), .object(b.object), .unknown) else {
            return false
        }
        return equal
    }

    func hash(into hasher: inout Hasher) {}
}
