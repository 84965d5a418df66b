/// `dump(_:name:indent:)`: a value's contents as a tree, one line per part, as Swift's `dump`
/// writes it from the value's mirror. A line is `▿` (it has parts, listed below it, indented two
/// more spaces) or `-`, then the part's name, then a summary: a collection's element count, a
/// type's `debugDescription` or `description`, or else its qualified type name. A class
/// instance is numbered (`#0`) and listed once; its superclass's properties come first, under
/// `super`. Optionals are told apart by the static type the checker recorded for the argument.
extension Interpreter {
    func dump(_ value: Value, as type: StaticType?, name: String?, indent: Int) throws -> String {
        var dumper = Dumper(interpreter: self)
        try dumper.node(value, type, name: name, indent: indent)
        return dumper.lines.map { $0 + "\n" }.joined()
    }
}

private struct Dumper {
    let interpreter: Interpreter
    var lines: [String] = []
    /// The number each class instance got when it was first listed.
    var numbers: [ObjectIdentifier: Int] = [:]

    /// A part below a node: a named or unnamed value, or the superclass section of an instance.
    enum Part {
        case value(name: String?, Value, StaticType?)
        case superclass(ScriptObject, ScriptClass)
    }

    mutating func node(_ value: Value, _ type: StaticType?, name: String?, indent: Int) throws {
        if case .host(let described as DescribedValueText) = value {
            return try node(described.value, described.type, name: name, indent: indent)
        }
        let (summary, parts) = try mirror(value, type)
        var line = String(repeating: " ", count: indent) + (parts.isEmpty ? "- " : "▿ ") + (name.map { "\($0): " } ?? "") + summary
        var isOptional = false
        if case .optional? = type { isOptional = true } else if case .implicitlyUnwrapped? = type { isOptional = true }
        if case .object(let object) = value, object.isClassInstance, !isOptional {
            let identity = ObjectIdentifier(object)
            if let number = numbers[identity] {
                lines.append(line + " #\(number)")
                return
            }
            numbers[identity] = numbers.count
            line += " #\(numbers.count - 1)"
        }
        lines.append(line)
        for part in parts {
            switch part {
            case .value(let name, let value, let type):
                try node(value, type, name: name, indent: indent + 2)
            case .superclass(let object, let scriptClass):
                let fields = try properties(of: object, declaredBy: scriptClass)
                lines.append(String(repeating: " ", count: indent + 2) + (fields.isEmpty ? "- " : "▿ ") + "super: "
                             + "\(scriptClass.moduleName).\(scriptClass.name)")
                for part in fields { if case .value(let name, let value, let type) = part { try node(value, type, name: name, indent: indent + 4) } }
            }
        }
    }

    /// The summary written after a node's name and the parts listed below it.
    func mirror(_ value: Value, _ type: StaticType?) throws -> (String, [Part]) {
        switch (type, value) {
        case (.optional?, .none), (.implicitlyUnwrapped?, .none), (nil, .none):
            return ("nil", [])
        case (.optional(let wrapped)?, _), (.implicitlyUnwrapped(let wrapped)?, _):
            return (value.render(as: .optional(wrapped), quoted: true), [.value(name: "some", value, wrapped)])
        default:
            break
        }
        switch value {
        case .array(let items):
            return (Self.count(items.count, "element"), items.map { .value(name: nil, $0, type?.element) })
        case .set(let set):
            return (Self.count(set.elements.count, "member"), set.elements.map { .value(name: nil, $0, type?.element) })
        case .dictionary(let dictionary):
            var pairType: StaticType?
            if case .dictionary(let key, let value)? = type { pairType = .tuple([key, value]) }
            let parts = dictionary.entries.map { Part.value(name: nil, .tuple([$0.key, $0.value], labels: ["key", "value"]), pairType) }
            return (Self.count(dictionary.count, "key/value pair"), parts)
        case .tuple(let items, let labels):
            var types: [StaticType]?
            if case .tuple(let known)? = type, known.count == items.count { types = known }
            let parts = items.indices.map { index in
                Part.value(name: (index < labels.count ? labels[index] : nil) ?? ".\(index)", items[index], types?[index])
            }
            return ("(" + Self.count(items.count, "element") + ")", parts)
        case .range(let lower, let upper, let closed):
            return (value.render(quoted: true), [.value(name: "lowerBound", .int(lower), .int),
                                                 .value(name: "upperBound", .int(closed ? upper - 1 : upper), .int)])
        case .object(let object):
            return try mirror(object)
        case .function:
            return ("(Function)", [])
        default:
            return (value.render(quoted: true), [])
        }
    }

    /// A struct's, enum's or class instance's summary and parts.
    func mirror(_ object: ScriptObject) throws -> (String, [Part]) {
        let summary = interpreter.customDescription(of: object, debug: true)
        if let enumCase = object.enumCase {
            var parts: [Part] = []
            if object.fields.count == 1, enumCase.payloadLabels.first ?? nil == nil {
                parts = [.value(name: enumCase.name, object.fields[0], enumCase.payloadTypes.first ?? nil)]
            } else if !object.fields.isEmpty {
                let types = enumCase.payloadTypes.count == object.fields.count ? enumCase.payloadTypes.compactMap { $0 } : []
                let payload = Value.tuple(object.fields, labels: enumCase.payloadLabels)
                parts = [.value(name: enumCase.name, payload, types.count == object.fields.count ? .tuple(types) : nil)]
            }
            return (summary ?? "\(object.typeDisplayName(qualified: true)).\(enumCase.name)", parts)
        }
        var parts: [Part] = []
        if object.isClassInstance, let superclass = object.scriptClass.superclass {
            parts.append(.superclass(object, superclass))
        }
        parts += try properties(of: object, declaredBy: object.scriptClass)
        return (summary ?? object.typeDisplayName(qualified: true), parts)
    }

    /// The stored properties `scriptClass` itself declares (not its superclasses'), with the
    /// types they were declared with; a `lazy` one not yet read is its storage, nil, as Swift shows it.
    func properties(of object: ScriptObject, declaredBy scriptClass: ScriptClass) throws -> [Part] {
        let inherited = scriptClass.superclass?.fieldNames.count ?? 0
        return try (inherited..<scriptClass.fieldNames.count).map { index in
            let name = scriptClass.fieldNames[index]
            let type = scriptClass.decl.properties.first { $0.name.name == name }?.name.declaredType
            if object.pendingLazyFields.contains(index) { return .value(name: "$__lazy_storage_$_\(name)", .none, .optional(type ?? .void)) }
            var value = object.fields[index]
            if case .host(let reference as NonOwningReference) = value { value = (try? reference.value(name, .unknown)) ?? .none }
            return .value(name: name, value, type)
        }
    }

    /// `1 element`, `3 elements`.
    static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
