/// Where the members of a type come from: its declaration, its extensions (in any cell), its
/// script superclasses, and the extensions of the protocols it conforms to (default
/// implementations). The resolver, the checker and the run time all look members up here.
extension GlobalTable {
    /// Records the extensions a cell declares, replacing those it declared when compiled before.
    func setExtensions(_ decls: [ClassDecl], owner: String) {
        for name in extensionsByType.keys { extensionsByType[name]?.removeAll { $0.owner == owner } }
        for decl in decls { extensionsByType[decl.name.name, default: []].append((owner, decl)) }
        generation += 1
    }

    func extensions(of typeName: String) -> [ClassDecl] {
        extensionsByType[typeName]?.map(\.decl) ?? []
    }

    /// The declaration of a script type or protocol, and its extensions.
    func parts(of typeName: String) -> [ClassDecl] {
        var parts: [ClassDecl] = []
        if let decl = entry(typeName)?.classDecl, decl.name.name == typeName { parts.append(decl) }
        return parts + extensions(of: typeName)
    }

    /// The script superclass of a script class.
    func superclassName(of typeName: String) -> String? {
        guard case .name(let ref)? = entry(typeName)?.classDecl?.superclass else { return nil }
        return entry(ref.name)?.classDecl?.isProtocol == true ? nil : ref.name
    }

    /// Every protocol `typeName` conforms to: declared, added by extensions, inherited from its
    /// superclasses, and refined by those protocols (`Comparable` brings `Equatable`).
    func conformances(of typeName: String) -> Set<String> {
        var result = entry(typeName)?.classDecl == nil ? StandardConformances.conformances(ofTypeNamed: typeName) : []
        var pending = [typeName] + result
        var seen: Set<String> = []
        while let name = pending.popLast(), seen.insert(name).inserted, seen.count < 256 {
            let parts = parts(of: name)
            for part in parts {
                for conformance in part.conformances where result.insert(conformance).inserted { pending.append(conformance) }
                if case .name(let ref)? = part.superclass { pending.append(ref.name) }
            }
        }
        if result.contains("Comparable") || result.contains("Hashable") { result.insert("Equatable") }
        if result.contains("LocalizedError") { result.insert("Error") }
        return result
    }

    /// Whether `protocolName` is a protocol some cell declares.
    func isProtocol(_ name: String) -> Bool { entry(name)?.classDecl?.isProtocol == true && entry(name)?.classDecl?.name.name == name }

    /// A method, computed property or requirement named `name` that values of `typeName` have,
    /// with the declaration part it comes from; implementations are preferred over requirements.
    func member(_ name: String, of typeName: String, isStatic: Bool = false) -> FunctionDecl? {
        var requirement: FunctionDecl?
        for candidate in memberSources(of: typeName) {
            for part in parts(of: candidate) {
                for method in part.methods where method.name == name && method.isStatic == isStatic {
                    if !method.isRequirement { return method }
                    requirement = requirement ?? method
                }
            }
        }
        return requirement
    }

    /// Among methods of one name that differ in argument labels (`move(by:)`, `move(to:)`), the
    /// one a call with `labels` means; nil when `name` names no method.
    func method(_ name: String, of typeName: String, labels: [String?]) -> FunctionDecl? {
        let candidates = memberSources(of: typeName).flatMap { parts(of: $0) }.flatMap(\.methods)
            .filter { $0.name == name && !$0.isStatic && !$0.isComputedProperty }
        let implemented = candidates.filter { !$0.isRequirement }
        return (implemented.first { $0.accepts(labels: labels) } ?? candidates.first { $0.accepts(labels: labels) })
            ?? implemented.first ?? candidates.first
    }

    /// The subscript whose index labels fit `labels`, among those of the type and its extensions.
    func subscriptGetter(of typeName: String, labels: [String?]) -> FunctionDecl? {
        let candidates = memberSources(of: typeName).flatMap { parts(of: $0) }.flatMap(\.methods)
            .filter { $0.name == "subscript" && !$0.isRequirement }
        return candidates.first { getter in
            if case .success = ArgumentMatching.match(getter.parameters.map(\.shape), labels: labels,
                                                      trailing: labels.map { _ in false }, callee: "subscript") { return true }
            return false
        } ?? candidates.first
    }

    /// The setter of computed property `name`, from the type's declaration or its extensions.
    func setter(_ name: String, of typeName: String) -> FunctionDecl? {
        for candidate in memberSources(of: typeName) {
            for part in parts(of: candidate) {
                if let setter = part.setters[name], !setter.isRequirement { return setter }
            }
        }
        return nil
    }

    /// A static stored property, with the declaration that holds it.
    func staticProperty(_ name: String, of typeName: String) -> (StoredProperty, ClassDecl)? {
        for candidate in memberSources(of: typeName) {
            for part in parts(of: candidate) {
                if let property = part.staticProperties.first(where: { $0.name.name == name }) { return (property, part) }
            }
        }
        return nil
    }

    /// The type, its script superclasses, then the protocols it conforms to, in lookup order.
    func memberSources(of typeName: String) -> [String] {
        var sources = [typeName]
        var current = typeName
        while let superclass = superclassName(of: current), !sources.contains(superclass), sources.count < 64 {
            sources.append(superclass)
            current = superclass
        }
        return sources + conformances(of: typeName).sorted()
    }
}
