/// Swift's inheritance and `override` rules for a cell's types, in swiftc's words: only a class
/// inherits from a class (a struct or an enum names protocols, an enum also its raw type); a
/// member that replaces one of a script superclass's (same name; for methods and initialisers,
/// same labels and parameter types) must say `override`, an `override` must replace something,
/// a `final` member cannot be replaced, only class members override, and no class method is
/// `mutating`. Classes derived from a library class are left
/// alone: the library's members are not Swift declarations the checker can compare.
extension TypeChecker {
    func checkInheritance(_ modifiers: MemberModifiers) {
        for type in modifiers.types {
            if !type.isClass {
                requireProtocolsOnly(type)
                for member in type.members where member.isOverride && !type.isExtension {
                    error("'override' can only be specified on class members", member.loc)
                }
                continue
            }
            for member in type.members where member.isMutating {
                error("'mutating' is not valid on instance methods in classes; a class's methods may change its properties without it",
                      member.loc)
            }
            let superclass = scriptSuperclass(of: type)
            guard superclass != nil || isRootClass(type) else { continue }
            for member in type.members where !member.isStatic && !member.isRequired {
                checkOverride(member, superclass: superclass, modifiers: modifiers)
            }
        }
    }

    /// `struct B: A` with `A` a struct or a class: only classes inherit.
    private func requireProtocolsOnly(_ type: MemberModifiers.TypeDeclaration) {
        for name in type.inherited {
            guard let decl = classDecl(named: name), decl.name.name == name, !decl.isProtocol else { continue }
            error("inheritance from non-protocol type '\(name)'; only a class inherits, a struct or an enum conforms to protocols",
                  type.loc)
        }
    }

    /// The script class `type` derives from, if its first inherited type is one.
    private func scriptSuperclass(of type: MemberModifiers.TypeDeclaration) -> String? {
        guard let first = type.firstInherited, let decl = classDecl(named: first), decl.name.name == first,
              !decl.isProtocol, !decl.isStruct, !decl.isEnum else { return nil }
        return first
    }

    /// A class with no superclass: nothing inherited, or only script protocols.
    private func isRootClass(_ type: MemberModifiers.TypeDeclaration) -> Bool {
        guard let first = type.firstInherited else { return true }
        return globals.isProtocol(first) || StandardConformances.protocols.contains(first)
    }

    private func checkOverride(_ member: MemberModifiers.Member, superclass: String?, modifiers: MemberModifiers) {
        let replaced = superclass.flatMap { replacedMember(member, inChainFrom: $0, modifiers: modifiers) }
        let what: String
        switch member.kind {
        case .method: what = "method"
        case .property: what = "property"
        case .initializer: what = "initializer"
        }
        if member.isOverride, replaced == nil {
            let fix = superclass.map { "; '\($0)' has no \(what) '\(member.name)' with these labels and types" } ?? "; remove 'override'"
            if member.kind == .initializer {
                error("initializer does not override a designated initializer from its superclass" + fix, member.loc)
            } else {
                error("\(what) does not override any \(what) from its superclass" + fix, member.loc)
            }
        } else if let replaced, !member.isOverride, member.kind != .initializer || modifiers.declares(replaced) {
            error("overriding declaration requires an 'override' keyword; write 'override' before the declaration", member.loc)
        } else if let replaced, modifiers.members(named: member.name, of: replaced).contains(where: { $0.isFinal && $0.kind == member.kind }) {
            error("\(what == "method" ? "instance method" : what) overrides a 'final' \(what == "method" ? "instance method" : what)", member.loc)
        }
    }

    /// The class, `superclass` or one of its script superclasses, that declares (or, for
    /// initialisers, provides) what `member` would replace. A convenience initialiser is not
    /// replaced; whether one is convenience is known for the classes of this cell only, so an
    /// initialiser is required to say `override` only against those.
    private func replacedMember(_ member: MemberModifiers.Member, inChainFrom superclass: String, modifiers: MemberModifiers) -> String? {
        var current: String? = superclass
        var seen: Set<String> = []
        while let typeName = current, seen.insert(typeName).inserted {
            let parts = globals.parts(of: typeName)
            switch member.kind {
            case .method:
                let methods = parts.flatMap(\.methods).filter { $0.name == member.name && !$0.isStatic && !$0.isComputedProperty }
                if methods.contains(where: { sameSignature(member, $0) }) { return typeName }
            case .property:
                let stored = parts.flatMap(\.properties).contains { $0.name.name == member.name }
                let computed = parts.flatMap(\.methods).contains { $0.name == member.name && $0.isComputedProperty && !$0.isStatic }
                if stored || computed { return typeName }
            case .initializer:
                // A class that declares no initialiser inherits its superclass's, or has `init()`.
                let convenience = modifiers.members(named: "init", of: typeName).filter(\.isConvenience).map(\.labels)
                let declared = parts.flatMap(\.initializers).filter { !convenience.contains($0.parameters.map(\.label)) }
                if declared.isEmpty, globals.superclassName(of: typeName) == nil { return member.labels.isEmpty ? typeName : nil }
                if declared.contains(where: { sameSignature(member, $0) }) { return typeName }
                if !declared.isEmpty { return nil }
            }
            current = globals.superclassName(of: typeName)
        }
        return nil
    }

    /// Same labels and, where both are readable, the same parameter types.
    private func sameSignature(_ member: MemberModifiers.Member, _ decl: FunctionDecl) -> Bool {
        guard member.labels == decl.parameters.map(\.label) else { return false }
        return zip(member.parameterTypes, decl.parameters).allSatisfy { written, parameter in
            guard let type = StaticType(parsing: written), let declared = parameter.type else { return true }
            return type == declared
        }
    }
}
