/// The standard types whose values are language values but that no host Swift type stands for in
/// bindings: `Float`, `Character`, `Set`, and `Dictionary`'s initialisers.
extension StandardLibrary {
    static func installStandardTypes(into bindings: Bindings) {
        bindings.type(Float.self, "Float") { t in
            t.valueInitializer("_ value") { a in
                guard let float = Float(operand: a[0]) else {
                    if case .string(let text) = a[0] { return Float(text).map { .float($0) } ?? .none }
                    throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
                return .float(float)
            }
            t.valueInitializer("exactly value") { a in
                switch a[0] {
                case .int(let int): return Float(exactly: int).map { .float($0) } ?? .none
                case .double(let double): return Float(exactly: double).map { .float($0) } ?? .none
                case .float(let float): return .float(float)
                default: throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
            }
            for (name, value) in [("zero", Float.zero), ("pi", Float.pi), ("infinity", .infinity), ("nan", .nan),
                                  ("greatestFiniteMagnitude", .greatestFiniteMagnitude), ("leastNormalMagnitude", .leastNormalMagnitude),
                                  ("leastNonzeroMagnitude", .leastNonzeroMagnitude), ("ulpOfOne", .ulpOfOne)] {
                t.staticValue(name, Value.float(value))
            }
        }
        bindings.type(Character.self, "Character") { t in
            t.valueInitializer("_ value") { a in
                if let scalar = a[0].hostValue as? Unicode.Scalar { return .character(Character(scalar)) }
                guard let text = a[0].characterText else {
                    throw ArgumentConversionError(message: "argument 'value' expects a String, got \(a[0].typeName)")
                }
                guard text.count == 1, let character = text.first else {
                    throw BindingError("Can't form a Character from a String containing \(text.isEmpty ? "no" : "more than one") extended grapheme cluster")
                }
                return .character(character)
            }
        }
        bindings.type(OptionalType.self, "Optional") { t in
            // Optionals are not boxed: `Optional(3)` is 3, which the checker types as an `Int?`.
            t.valueInitializer("_ value") { a in a[0] }
            t.staticValue("none", Value.none)
            t.staticMethod("some", "_ value") { a -> Value in a[0] }
        }
        bindings.type(ValueSet.self, "Set") { t in
            t.valueInitializer("") { _ in .set(ValueSet()) }
            t.valueInitializer("_ elements") { a in
                guard let set = ValueSet(try a.interpreter.elements(a[0], .unknown)) else {
                    throw BindingError("the elements of a Set must be Hashable (numbers, strings, characters, booleans)")
                }
                return .set(set)
            }
        }
        bindings.type(ValueDictionary.self, "Dictionary") { t in
            t.valueInitializer("grouping values, by key") { a in
                var keys: [Value] = []
                var groups: [DictionaryKey: [Value]] = [:]
                for item in try a.interpreter.elements(a["values"], .unknown) {
                    let key = try a.interpreter.callFromHost(a["key"], [item])
                    guard let hashKey = DictionaryKey(key) else { throw BindingError("\(key.typeName) cannot be a dictionary key") }
                    if groups[hashKey] == nil { keys.append(key) }
                    groups[hashKey, default: []].append(item)
                }
                var dictionary = ValueDictionary()
                for key in keys { dictionary.set(key, .array(groups[DictionaryKey(key)!] ?? [])) }
                return .dictionary(dictionary)
            }
            t.valueInitializer("uniqueKeysWithValues pairs") { a in
                try dictionary(fromPairs: a) { key, _, _ in
                    throw BindingError("Fatal error: Duplicate values for key: '\(key.render(quoted: false))'")
                }
            }
            t.valueInitializer("_ pairs, uniquingKeysWith combine") { a in
                try dictionary(fromPairs: a) { _, existing, new in try a.interpreter.callFromHost(a["combine"], [existing, new]) }
            }
        }
    }

    /// A dictionary of the `(key, value)` pairs of argument `pairs`; `combine` decides the value
    /// of a key that comes again (from the key, its current value and the new one).
    private static func dictionary(fromPairs a: Arguments, combine: (Value, Value, Value) throws -> Value) throws -> Value {
        var dictionary = ValueDictionary()
        for pair in try a.interpreter.elements(a["pairs"], .unknown) {
            guard case .tuple(let parts, _) = pair, parts.count == 2 else {
                throw BindingError("'\(a.callee)' expects (key, value) pairs, got \(pair.typeName)")
            }
            var value = parts[1]
            if let existing = dictionary[parts[0]] { value = try combine(parts[0], existing, value) }
            guard dictionary.set(parts[0], value) else { throw BindingError("\(parts[0].typeName) cannot be a dictionary key") }
        }
        return .dictionary(dictionary)
    }
}

/// Stands for `Optional` in bindings; no value has this type, as optionals are not boxed.
enum OptionalType {}

extension TypeBuilder {
    /// An initialiser whose result is already a language value (a `Float`, a `Set`...).
    func valueInitializer(_ signature: String, _ body: @escaping (Arguments) throws -> Value) {
        binding.initializers.append(HostOverload(name: binding.name, signature: Signature(signature), body: body))
    }
}
