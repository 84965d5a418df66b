/// Swift's `private`: a member declared `private` is seen only inside its type, the type's
/// extensions and the types written inside it (a notebook is one file for Swift, so `fileprivate`
/// is seen everywhere), and a `private(set)` property is assigned only there. Enforced within a
/// cell, whose declarations the checker reads (`MemberModifiers`).
extension TypeChecker {
    /// Whether the code being checked is inside `typeName` (a method, an initialiser, a property's
    /// initial value, or a closure in them) or inside a type written in it.
    func isInside(_ typeName: String) -> Bool {
        guard let owner = (functions.last ?? topLevel).owner?.name.name else { return false }
        return owner == typeName || owner.hasPrefix(typeName + ".")
    }

    /// `value.name` or `Type.name` (`isStatic`) from outside the type, when every member of that
    /// name is `private` (an overload that is not keeps the use open).
    func requireAccessible(_ name: String, of type: StaticType?, isStatic: Bool, _ loc: Loc) {
        guard let modifiers = memberModifiers, case .named(let typeName)? = type?.unwrapped.nominal else { return }
        let members = modifiers.members(named: name, of: typeName).filter { $0.isStatic == isStatic && $0.kind != .initializer }
        guard !members.isEmpty, members.allSatisfy(\.isPrivate), !isInside(typeName) else { return }
        error("'\(name)' is inaccessible due to 'private' protection level; declare it without 'private' to use it outside '\(typeName)'", loc)
    }

    /// `Type(…)` from outside the type, through a `private init` with these labels, or through a
    /// struct's memberwise initialiser, which is private when a stored property is.
    func requireAccessibleInitializer(_ decl: ClassDecl, _ initializer: FunctionDecl, _ arguments: [Argument], _ loc: Loc) {
        let labels = initializer.parameters.map(\.label)
        let typeName = decl.name.name
        guard let modifiers = memberModifiers, !isInside(typeName) else { return }
        let initializers = modifiers.members(named: "init", of: typeName)
        // `S()` with every property defaulted is the implicit `init()`, which stays open.
        let isMemberwise = decl.isStruct && modifiers.declares(typeName) && initializers.isEmpty && !arguments.isEmpty
        let privateProperty = decl.properties.contains { property in
            modifiers.members(named: property.name.name, of: typeName).contains { $0.isPrivate && $0.kind == .property }
        }
        guard initializers.contains(where: { $0.labels == labels && $0.isPrivate }) || isMemberwise && privateProperty else { return }
        error("'\(typeName)' initializer is inaccessible due to 'private' protection level", loc)
    }

    /// `value.name = …` from outside the type, for a `private(set)` property.
    func requireAccessibleSetter(_ name: String, of typeName: String, isStatic: Bool, _ loc: Loc) {
        guard let modifiers = memberModifiers,
              modifiers.members(named: name, of: typeName).contains(where: { $0.isPrivateSetter && $0.isStatic == isStatic }),
              !isInside(typeName) else { return }
        error("cannot assign to property: '\(name)' setter is inaccessible; change it through a method of '\(typeName)'", loc)
    }
}
