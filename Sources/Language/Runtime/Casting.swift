import Foundation

/// `is`, `as?`, `as!` and `as`, and the conversions a written type makes (`let x: Float = 0.1`,
/// `let s: Set = [1, 2]`, `let c: Character = "a"`).
extension Interpreter {
    /// `value as? T`, `value as! T` and `value as T`: a dynamic type test, converting nothing (an
    /// Int held as `Any` is not a Double). A conditional cast gives nil for a value that is not a
    /// `T`; an unconditional one (only `as!` lets a mismatch through swiftc) stops with a located
    /// error, as Swift traps.
    func explicitCast(_ value: Value, to typeName: String, conditional: Bool, _ loc: Loc) throws -> Value {
        if typeName == "Any" { return value }
        guard let type = StaticType.parsedOnce(typeName) else { return value }
        if conditional { return isInstance(value, of: type) ? value : .none }
        try requireInstance(value, of: type, loc)
        return value
    }

    /// The conversion a written type makes of a declaration's, parameter's or return value (see
    /// `convert`); a plain value that still does not fit stops with a located error.
    func cast(_ value: Value, to typeName: String, conditional: Bool, _ loc: Loc) throws -> Value {
        switch (typeName, value) {
        case ("Double", .double), ("Int", .int), ("String", .string), ("Any", _): return value
        case ("Double", .int(let int)), ("Double?", .int(let int)): return .double(Double(int))
        default: break
        }
        guard let type = StaticType.parsedOnce(typeName) else { return value }
        if conditional { return isInstance(value, of: type) ? value : .none }
        var converted = convert(value, to: type)
        try requireInstance(converted, of: type, loc)
        if TupleLabels.appear(in: typeName) { converted = TupleLabels.apply(typeName, to: converted) }
        return converted
    }

    /// Throws Swift's cast failure for a plain value that is certainly not a `type`.
    private func requireInstance(_ value: Value, of type: StaticType, _ loc: Loc) throws {
        if type.isCertain, value.isPlainValue, !isInstance(value, of: type) {
            throw LocatedError(.runtime, "could not cast value of type '\(value.typeName)' to '\(type)'", loc)
        }
    }

    /// The value a declaration of type `type` stores: integer literals become Double, Float or a
    /// fixed-width integer, a one-character string becomes a Character, an array literal becomes a Set.
    func convert(_ value: Value, to type: StaticType) -> Value {
        switch (type, value) {
        case (.double, .int(let int)): return .double(Double(int))
        case (.float, .int(let int)): return .float(Float(int))
        case (.float, .double(let double)): return .float(Float(double))
        case (.character, .string(let string)) where string.count == 1: return .character(string.first!)
        case (.optional(let wrapped), _):
            if case .none = value { return value }
            return convert(value, to: wrapped)
        case (.array(let element), .array(let items)):
            // Checked first so that an array already of the right type is not copied.
            guard element.needsConversion, !items.allSatisfy({ isInstance($0, of: element) }) else { return value }
            return .array(items.map { convert($0, to: element) })
        case (.set(let element), .array(let items)):
            return ValueSet(items.map { convert($0, to: element) }).map { .set($0) } ?? value
        case (.set(let element), .set(let set)) where element.isFixedWidthInteger:
            return ValueSet(set.elements.map { convert($0, to: element) }).map { .set($0) } ?? value
        case (_, .int(let int)) where type.isFixedWidthInteger:
            // An Int the checker could not type, stored where a `UInt8` is written: Swift's literal.
            return FixedWidthIntegers.literal(int, as: type.description) ?? value
        case (.tuple(let types), .tuple(let items, let labels)) where types.count == items.count && types.contains(where: \.needsConversion):
            return .tuple(zip(items, types).map { convert($0, to: $1) }, labels: labels)
        case (.named("Set"), .array(let items)):
            return ValueSet(items).map { .set($0) } ?? value
        case (.dictionary(let key, let valueType), .dictionary(let dictionary)) where key.needsConversion || valueType.needsConversion:
            if isInstance(value, of: type) { return value }
            var result = ValueDictionary()
            for entry in dictionary.entries { result.set(convert(entry.key, to: key), convert(entry.value, to: valueType)) }
            return .dictionary(result)
        default:
            return value
        }
    }

    /// `value is T` for a written type `T` (`Int`, `[String]`, `Shape`, `nn.Module`).
    func isInstance(_ value: Value, of typeName: String) -> Bool {
        guard let type = StaticType.parsedOnce(typeName) else { return value.typeName == typeName }
        return isInstance(value, of: type)
    }

    /// Whether `value` is a `type` at run time: the dynamic type test of `is` and `as?`.
    func isInstance(_ value: Value, of type: StaticType) -> Bool {
        switch (type, value) {
        case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string),
             (.character, .character), (.void, .void):
            return true
        case (.optional, .none): return true
        case (.optional(let wrapped), _): return isInstance(value, of: wrapped)
        case (.array(let element), .array(let items)): return items.allSatisfy { isInstance($0, of: element) }
        case (.set(let element), .set(let set)): return set.elements.allSatisfy { isInstance($0, of: element) }
        case (.dictionary(let key, let valueType), .dictionary(let dictionary)):
            return dictionary.entries.allSatisfy { isInstance($0.key, of: key) && isInstance($0.value, of: valueType) }
        case (.tuple(let types), .tuple(let items, _)):
            return types.count == items.count && zip(items, types).allSatisfy { isInstance($0, of: $1) }
        case (.range(.int), .range): return true
        case (.function(let parameters, let result), .function(let function)):
            // A script function matches when its written parameter and result types do (a
            // library function's are not known: it matches any function type).
            guard case .script(let decl, _, _) = function.kind else { return true }
            guard decl.parameters.count == parameters.count else { return false }
            for (parameter, type) in zip(decl.parameters, parameters) where parameter.type.map({ $0 != type }) ?? false { return false }
            return decl.returnType.map { $0 == result } ?? true
        case (.named(let name), _), (.generic(let name, _), _): return isInstance(value, ofNamed: name)
        default: return false
        }
    }

    /// `Any`, `AnyObject`, `Error`, a script class (or a superclass of its class), a protocol the
    /// value's type conforms to (declared, through an extension, inherited or refined), or a bound
    /// host type.
    private func isInstance(_ value: Value, ofNamed name: String) -> Bool {
        switch name {
        case "Any": return true
        case "AnyObject":
            if case .object(let object) = value { return !object.isStructValue && !object.isEnumValue }
            if case .host(let host) = value { return Swift.type(of: host) is AnyClass }
            return false
        default: break
        }
        if case .object(let object) = value {
            var current: ScriptClass? = object.scriptClass
            while let scriptClass = current {
                if scriptClass.name == name { return true }
                current = scriptClass.superclass
            }
            return globals.conformances(of: object.scriptClass.name).contains(name) || bindingNamed(name, from: object.scriptClass.hostBase)
        }
        if value.isPlainValue, globals.conformances(of: value.typeName).contains(name) { return true }
        if let host = value.hostValue, let binding = bindings.binding(forValueOf: host) { return bindingNamed(name, from: binding) }
        return value.typeName == name
    }

    /// Whether `binding` or one of its bound superclasses is the type written `name` (`Tensor`,
    /// `nn.Module`, whose binding is named `Module`).
    private func bindingNamed(_ name: String, from binding: TypeBinding?) -> Bool {
        let lastComponent = name.split(separator: ".").last.map(String.init) ?? name
        var current = binding
        while let candidate = current {
            if candidate.name == name || candidate.name == lastComponent { return true }
            current = candidate.parent
        }
        return false
    }
}

extension StaticType {
    private static let parsedLock = NSLock()
    nonisolated(unsafe) private static var parsed: [String: StaticType?] = [:]

    /// `StaticType(parsing:)`, remembered: casts and parameter coercions run on every call.
    static func parsedOnce(_ text: String) -> StaticType? {
        parsedLock.lock()
        defer { parsedLock.unlock() }
        if let known = parsed[text] { return known }
        let type = StaticType(parsing: text)
        parsed[text] = type
        return type
    }

    /// Whether a value of this type may be stored differently from how it was written (an Int
    /// literal for a Double, a string literal for a Character).
    var needsConversion: Bool {
        switch self {
        case .double, .float, .character, .set: return true
        case .array(let element), .optional(let element): return element.needsConversion
        case .tuple(let items): return items.contains(where: \.needsConversion)
        case .dictionary(let key, let value): return key.needsConversion || value.needsConversion
        default: return isFixedWidthInteger
        }
    }
}

extension Value {
    /// A value of the language itself (not a host value, a function or a type), whose type a
    /// cast can judge.
    var isPlainValue: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character, .array, .dictionary, .set, .tuple: return true
        default: return false
        }
    }
}
