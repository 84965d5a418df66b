/// How Swift names a value's type when it prints it: `Pair<Int>(first: 1, second: 2)` at the top,
/// `main.Pair<Swift.Int>(…)` inside a collection. A generic type's arguments are the ones written
/// where it was made (`Stack<Int>()`), or else read off the values of the properties declared
/// with the generic parameters' types.
extension ScriptObject {
    func typeDisplayName(qualified: Bool) -> String {
        // A nested type (`Deck.Card`) prints by its own name at the top and fully qualified inside collections.
        let name = qualified ? "\(scriptClass.moduleName).\(scriptClass.name)" : String(scriptClass.name.split(separator: ".").last ?? "")
        guard let arguments = genericArgumentNames(qualified: qualified) else { return name }
        return name + "<" + arguments.joined(separator: ", ") + ">"
    }

    /// The names of the types the object's generic parameters stand for; nil for a type that is
    /// not generic or whose arguments are not all known.
    private func genericArgumentNames(qualified: Bool) -> [String]? {
        let parameters = scriptClass.decl.genericParameters
        guard !parameters.isEmpty else { return nil }
        if let written = writtenTypeArguments, written.count == parameters.count {
            // The arguments name the cells' own types (`Result<Int, ParseError>`), of the cells' module.
            let module = interpreter?.moduleName ?? scriptClass.moduleName
            return written.map { qualified ? Self.qualifiedStandardName($0, module: module) : $0 }
        }
        let arguments = parameters.map { inferredTypeName(of: $0.name, qualified: qualified) }
        let known = arguments.compactMap { $0 }
        return known.count == arguments.count ? known : nil
    }

    /// The generic parameters of the object's type with the `written` arguments they stand for.
    func typeParameterBindings(_ written: [String]) -> [String: String]? {
        let parameters = scriptClass.decl.genericParameters
        guard parameters.count == written.count else { return nil }
        var bound: [String: String] = [:]
        for (parameter, argument) in zip(parameters, written) { bound[parameter.name] = argument }
        return bound
    }

    /// For each generic parameter written as `Double` or `Float`, the conversion its parameters get.
    var genericCoercions: [String: String] {
        guard let written = writtenTypeArguments else { return [:] }
        var result: [String: String] = [:]
        for (parameter, argument) in zip(scriptClass.decl.genericParameters, written) where ["Double", "Float", "CGFloat"].contains(argument) {
            result[parameter.name] = "Double"
        }
        return result
    }

    /// The type a generic parameter stands for, from a property or an enum case's payload
    /// declared `T`, `[T]` or `T?`.
    private func inferredTypeName(of parameter: String, qualified: Bool) -> String? {
        let declaredTypes = enumCase?.payloadTypes ?? scriptClass.decl.properties.map(\.name.declaredType)
        for (declared, value) in zip(declaredTypes, fields) {
            switch (declared, value) {
            case (.named(parameter)?, _):
                return value.swiftTypeName(qualified: qualified)
            case (.array(.named(parameter))?, .array(let items)), (.set(.named(parameter))?, .array(let items)):
                if let first = items.first { return first.swiftTypeName(qualified: qualified) }
            case (.optional(.named(parameter))?, _) where !value.isNone:
                return value.swiftTypeName(qualified: qualified)
            case (.generic(_, let arguments)?, .object(let object)):
                // `Tree<T>` holding a `Tree<Int>`: T is the argument in the same place.
                guard let position = arguments.firstIndex(of: .named(parameter)),
                      let names = object.genericArgumentNames(qualified: qualified), names.count == arguments.count else { continue }
                return names[position]
            default:
                continue
            }
        }
        return nil
    }

    /// `Int` as `Swift.Int`, `[Double]` as `Swift.Array<Swift.Double>` and a script type as
    /// `main.Point`, for printing inside collections.
    static func qualifiedStandardName(_ name: String, module: String) -> String {
        StaticType(parsing: name)?.qualifiedName(module: module) ?? name
    }
}

extension Parameter {
    /// The conversion a parameter typed with a generic parameter (`Element`, `[Element]`) gets.
    func genericCoercion(_ coercions: [String: String]) -> String? {
        switch type {
        case .named(let name)?, .optional(.named(let name))?, .implicitlyUnwrapped(.named(let name))?: return coercions[name]
        case .array(.named(let name))?: return coercions[name].map { "[\($0)]" }
        default: return nil
        }
    }
}

extension Value {
    /// The name Swift gives this value's type (`Int`, `Array<Double>`, `Point`).
    func swiftTypeName(qualified: Bool) -> String? {
        let prefix = qualified ? "Swift." : ""
        switch self {
        case .int: return prefix + "Int"
        case .double: return prefix + "Double"
        case .bool: return prefix + "Bool"
        case .string: return prefix + "String"
        case .array(let items):
            guard let element = items.first?.swiftTypeName(qualified: qualified) else { return nil }
            return prefix + "Array<\(element)>"
        case .object(let object): return object.typeDisplayName(qualified: qualified)
        default: return nil
        }
    }

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

extension StaticType {
    /// The name Swift prints for this type inside a collection, each part qualified by its
    /// module: `Swift.Array<Swift.Int>`, `main.Point`.
    func qualifiedName(module: String) -> String {
        func qualified(_ parts: [StaticType]) -> String { parts.map { $0.qualifiedName(module: module) }.joined(separator: ", ") }
        switch self {
        case .int, .double, .float, .bool, .string, .character: return "Swift.\(description)"
        case .array(let element): return "Swift.Array<\(qualified([element]))>"
        case .set(let element): return "Swift.Set<\(qualified([element]))>"
        case .optional(let wrapped), .implicitlyUnwrapped(let wrapped): return "Swift.Optional<\(qualified([wrapped]))>"
        case .dictionary(let key, let value): return "Swift.Dictionary<\(qualified([key, value]))>"
        case .range(let bound): return "Swift.Range<\(qualified([bound]))>"
        case .tuple(let items): return "(\(qualified(items)))"
        case .named(let user) where StandardPrelude.names.contains(user): return "\(StandardPrelude.module).\(user)"
        case .named(let user) where !user.contains(".") && !isFixedWidthInteger: return "\(module).\(user)"
        case .named(let name) where isFixedWidthInteger: return "Swift.\(name)"
        case .generic(let name, let arguments):
            return "\(StandardPrelude.names.contains(name) ? StandardPrelude.module : module).\(name)<\(qualified(arguments))>"
        default: return description
        }
    }

    /// The name Swift prints for this type as a generic argument: `Array<Int>`, not `[Int]`.
    var printedArgumentName: String {
        switch self {
        case .array(let element): return "Array<\(element.printedArgumentName)>"
        case .set(let element): return "Set<\(element.printedArgumentName)>"
        case .optional(let wrapped), .implicitlyUnwrapped(let wrapped): return "Optional<\(wrapped.printedArgumentName)>"
        case .dictionary(let key, let value): return "Dictionary<\(key.printedArgumentName), \(value.printedArgumentName)>"
        case .range(let bound): return "Range<\(bound.printedArgumentName)>"
        case .generic(let name, let arguments): return name + "<" + arguments.map(\.printedArgumentName).joined(separator: ", ") + ">"
        case .tuple(let items): return "(" + items.map(\.printedArgumentName).joined(separator: ", ") + ")"
        default: return description
        }
    }
}
