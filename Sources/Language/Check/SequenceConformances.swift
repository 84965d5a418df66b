/// A cell's own types that conform to `Sequence`, `IteratorProtocol` or `Collection`: their
/// elements' type, read off `next()`, `makeIterator()` or the subscript, so that the sequence
/// methods they gain (`map`, `filter`, `reduce`, `prefix`, a collection's `count`) are typed as an
/// array's of those elements are.
extension TypeChecker {
    /// Nil when `typeName` is no sequence; `.some(nil)` when it is one whose element type the
    /// checker cannot tell.
    func sequenceElement(ofType typeName: String) -> StaticType?? {
        let conformances = globals.conformances(of: typeName)
        guard !conformances.isDisjoint(with: ["Sequence", "IteratorProtocol", "Collection"]) else { return nil }
        if case .optional(let element)? = implemented("next", of: typeName)?.returnType { return element }
        switch implemented("makeIterator", of: typeName)?.returnType {
        case .named(let iterator)?:
            if case .optional(let element)? = implemented("next", of: iterator)?.returnType { return element }
        case .generic("AnyIterator", let arguments)? where arguments.count == 1:
            return arguments[0]
        default:
            break
        }
        if let element = implemented("subscript", of: typeName)?.returnType { return element }
        return .some(nil)
    }

    /// Whether values of `typeName` have a `Collection`'s properties (`count`, `first`, `isEmpty`).
    func isScriptCollection(_ typeName: String) -> Bool { globals.conformances(of: typeName).contains("Collection") }

    /// The type of a property a cell's own collection gains; nil when `name` is none of them.
    func sequencePropertyType(_ typeName: String, _ name: String) -> StaticType?? {
        guard let element = sequenceElement(ofType: typeName) else { return nil }
        switch name {
        case "underestimatedCount": return .int
        case "count" where isScriptCollection(typeName): return .int
        case "isEmpty" where isScriptCollection(typeName): return .bool
        case "first" where isScriptCollection(typeName): return .some(element.map { .optional($0) })
        default: return nil
        }
    }

    private func implemented(_ name: String, of typeName: String) -> FunctionDecl? {
        guard let method = globals.member(name, of: typeName), !method.isRequirement else { return nil }
        return method
    }
}
