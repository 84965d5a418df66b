/// A value of the notebook language.
///
/// Numbers, strings, arrays, dictionaries, tuples and ranges are Swift values with Swift's value
/// semantics (an array assigned to a `var` is copied on write). Script objects, host objects that
/// are classes, and functions are references: the same object stays the same object across cells.
public enum Value {
    /// The result of a statement or a function that returns nothing; never displayed.
    case void
    /// `nil`. Optionals are not boxed: a present optional is just its value.
    case none
    case int(Int)
    case double(Double)
    /// A 32-bit `Float`: its arithmetic rounds to Float and it prints in Float's shortest form.
    case float(Float)
    case bool(Bool)
    case string(String)
    /// One extended grapheme cluster, as string iteration and `Character("a")` give.
    case character(Character)
    case array([Value])
    case dictionary(ValueDictionary)
    /// A `Set`; iterated in insertion order (Swift's order is hash-seeded and differs per run).
    case set(ValueSet)
    case tuple([Value], labels: [String?])
    /// The integers `lower..<upper`. A closed range `a...b` is stored as the span `a..<b+1` it
    /// covers, with `closed` set so it prints and reports `upperBound` as Swift's `ClosedRange`
    /// (one reaching `Int.max` is a host `ClosedRange<Int>`: see `ClosedRangesToIntMax.swift`).
    case range(lower: Int, upper: Int, closed: Bool = false)
    case function(Function)
    case object(ScriptObject)
    /// A type used as a value: a script class or a bound host type (`Tensor`, `nn.Conv2d`).
    case type(TypeValue)
    case namespace(Namespace)
    /// An implicit member such as `.relu`, converted by bindings to the parameter's enum type.
    case symbol(String)
    /// A value of the host program (a tensor, a model, a data loader...). Boxed (`indirect`), so
    /// `Value` has no existential inline: it is loadable, and copying one is a tag test and at
    /// most one retain instead of a call through value witnesses.
    indirect case host(Any)

    /// The name of this value's type, as used in error messages ("expects Int, got String").
    public var typeName: String {
        switch self {
        case .void: return "Void"
        case .none: return "nil"
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .tuple(let items, _): return "(" + items.map(\.typeName).joined(separator: ", ") + ")"
        case .range(_, _, let closed): return closed ? "ClosedRange" : "Range"
        case .function: return "function"
        case .object(let object): return object.scriptClass.name
        case .type(let type): return "\(type.name).Type"
        case .namespace(let namespace): return "namespace \(namespace.name)"
        case .symbol(let name): return ".\(name)"
        case .host(let value): return String(describing: Swift.type(of: value))
        }
    }

    /// A value of the host program (a tensor, a model), not one of the language's own.
    var isHost: Bool {
        if case .host = self { return true }
        return false
    }

    /// The wrapped host value, also for a script object whose class derives from a host class.
    public var hostValue: Any? {
        switch self {
        case .host(let value): return value
        case .object(let object): return object.hostObject
        default: return nil
        }
    }
}

extension Value: CustomStringConvertible {
    /// Swift's `print` and interpolation rendering of the value. A NaN with its sign bit set (what
    /// `0.0 / 0.0` gives on this hardware) prints as `-nan` there and in collections.
    public var description: String { render(quoted: false) }

    /// What `print` shows of a Double or Float: its `description`, but `-nan` for a NaN whose sign
    /// bit is set, as Swift's print writes it.
    private func printedText<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> String {
        value.isNaN && value.sign == .minus ? "-nan" : value.description
    }

    /// `String(describing:)` and `String(_:)`: as `description`, except that a Double or Float
    /// is its own `description`, which shows any NaN as `nan`.
    var describingText: String {
        switch self {
        case .double(let value): return value.description
        case .float(let value): return value.description
        default: return description
        }
    }

    func render(quoted: Bool) -> String {
        switch self {
        case .void: return "()"
        case .none: return "nil"
        case .int(let value): return String(value)
        case .double(let value): return printedText(value)
        case .float(let value): return printedText(value)
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return quoted ? value.debugDescription : value
        case .character(let value): return quoted ? value.debugDescription : String(value)
        case .array(let items): return "[" + items.map { $0.render(quoted: true) }.joined(separator: ", ") + "]"
        case .set(let set):
            let items = "[" + set.elements.map { $0.render(quoted: true) }.joined(separator: ", ") + "]"
            return quoted ? "Set(\(items))" : items
        case .dictionary(let dictionary):
            if dictionary.isEmpty { return "[:]" }
            return "[" + dictionary.entries.map { "\($0.key.render(quoted: true)): \($0.value.render(quoted: true))" }
                .joined(separator: ", ") + "]"
        case .tuple(let items, let labels):
            let parts = zip(items, labels).map { item, label in
                (label.map { "\($0): " } ?? "") + item.render(quoted: true)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .range(let lower, let upper, let closed):
            let text = closed ? "\(lower)...\(upper - 1)" : "\(lower)..<\(upper)"
            return quoted ? (closed ? "ClosedRange(\(text))" : "Range(\(text))") : text
        case .function(let function): return "(function \(function.name))"
        case .object(let object):
            if let description = object.customDescription(debug: quoted) { return description }
            if object.isEnumValue { return object.renderEnum(qualified: quoted) }
            guard object.isStructValue else {
                // Swift prints a class instance as its module-qualified name (`main.Animal`).
                return object.scriptClass.hostBase == nil ? object.typeDisplayName(qualified: true) : object.scriptClass.name
            }
            let types = object.scriptClass.decl.properties.map(\.name.declaredType)
            let fields = object.fields.enumerated().map { index, value in
                "\(object.scriptClass.fieldNames[index]): " + value.renderPart(as: index < types.count ? types[index] : nil)
            }
            let name = object.typeDisplayName(qualified: quoted)
            return name + "(" + fields.joined(separator: ", ") + ")"
        case .type(let type as ScriptClass):
            // `print(type(of: c))` shows `Circle`; inside a collection Swift shows `main.Circle`.
            if quoted, type.hostBase == nil { return "\(type.moduleName).\(type.name)" }
            return String(type.name.split(separator: ".").last ?? "")
        case .type(let type): return type.name
        case .namespace(let namespace): return namespace.name
        case .symbol(let name): return name
        case .host(let scalar as Unicode.Scalar): return quoted ? String(reflecting: scalar) : String(scalar)
        case .host(let value): return String(describing: value)
        }
    }
}

extension Value {
    /// A part of a struct, an enum case or a collection: quoted, and `Optional(…)` where its
    /// declared type is optional.
    func renderPart(as type: StaticType?) -> String {
        guard let type, type.containsOptional else { return render(quoted: true) }
        return render(as: type, quoted: true)
    }

    /// Swift's rendering when the static type is known: optionals print as `Optional(3)` or `nil`
    /// (optionals are not boxed at run time, so only the type can tell).
    func render(as type: StaticType, quoted: Bool) -> String {
        switch (type, self) {
        case (.optional, .none), (.implicitlyUnwrapped, .none): return "nil"
        case (.optional(let wrapped), _), (.implicitlyUnwrapped(let wrapped), _): return "Optional(" + render(as: wrapped, quoted: true) + ")"
        case (.array(let element), .array(let items)):
            return "[" + items.map { $0.render(as: element, quoted: true) }.joined(separator: ", ") + "]"
        case (.set(let element), .set(let set)):
            let items = "[" + set.elements.map { $0.render(as: element, quoted: true) }.joined(separator: ", ") + "]"
            return quoted ? "Set(\(items))" : items
        case (.dictionary(let keyType, let valueType), .dictionary(let dictionary)):
            if dictionary.isEmpty { return "[:]" }
            return "[" + dictionary.entries.map { "\($0.key.render(as: keyType, quoted: true)): \($0.value.render(as: valueType, quoted: true))" }
                .joined(separator: ", ") + "]"
        case (.tuple(let types), .tuple(let items, let labels)) where types.count == items.count:
            let parts = zip(zip(items, types), labels).map { pair, label in
                (label.map { "\($0): " } ?? "") + pair.0.render(as: pair.1, quoted: true)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        default:
            return render(quoted: quoted)
        }
    }
}

/// The hashable subset of values usable as dictionary keys and set elements. A Character hashes
/// as its one-character String, so `counts["a"]` finds the key a Character put there (the checker
/// has already given the literal its Character type in Swift).
enum DictionaryKey: Hashable {
    case int(Int), double(Double), float(Float), bool(Bool), string(String)
    /// A struct (case -1) or an enum value of a script type, hashed by its stored properties or
    /// associated values, as Swift's synthesized `Hashable` does.
    indirect case composite(type: ObjectIdentifier, caseIndex: Int, [DictionaryKey])
    /// A value of a script type that implements `==` itself, found by that `==`.
    case userEquatable(UserEquatableKey)
    /// A fixed-width integer (`UInt8`, `Int32`…), a host value of the Swift type. Boxed
    /// (`indirect`) so that no existential is stored inline: the key stays loadable and copying
    /// one (a String key, nearly always) is a tag test and a retain, not a call through value witnesses.
    indirect case fixedWidthInteger(AnyHashable)

    init?(_ value: Value) {
        switch value {
        case .int(let value): self = .int(value)
        case .double(let value): self = .double(value)
        case .float(let value): self = .float(value)
        case .bool(let value): self = .bool(value)
        case .string(let value): self = .string(value)
        case .character(let value): self = .string(String(value))
        case .object(let object):
            if let key = UserEquatableKey(object) {
                self = .userEquatable(key)
                return
            }
            guard object.isStructValue || object.isEnumValue else { return nil }
            let parts = object.fields.compactMap(DictionaryKey.init)
            guard parts.count == object.fields.count else { return nil }
            self = .composite(type: ObjectIdentifier(object.scriptClass), caseIndex: object.caseIndex, parts)
        case .host(let integer as any FixedWidthInteger): self = .fixedWidthInteger(AnyHashable(integer))
        default: return nil
        }
    }
}
