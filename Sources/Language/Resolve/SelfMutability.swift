/// In a method of a struct or enum that is not `mutating`, `self` is immutable: assigning one of
/// its properties (`count += 1`, `self.name = "x"`, `items[0] = 1`) is Swift's error, with the
/// fix of marking the method `mutating`. Properties reached through another value (a class
/// instance held in a property) are left alone: a reference may well be changed.
extension Resolver {
    enum SelfChange { case assignment, mutatingOperator, inoutArgument }

    func requireMutableSelf(_ target: Expr, _ change: SelfChange) {
        guard let method = scopes.last(where: { $0.methodOf != nil }), !method.isMutatingMethod, !method.isStatic,
              let owner = method.methodOf, let property = selfProperty(in: target) else { return }
        let typeName = owner.name.name
        let type = globals.entry(typeName)?.classDecl ?? owner
        guard type.isStruct || type.isEnum else { return }
        let parts = globals.parts(of: typeName) + [owner]
        guard parts.contains(where: { part in
            part.properties.contains { $0.name.name == property.name } || part.setters[property.name] != nil
        }) else { return }
        let subscripted: Bool
        if case .subscriptAccess = target { subscripted = true } else { subscripted = false }
        let what: String
        switch change {
        case .mutatingOperator: what = "left side of mutating operator isn't mutable"
        case .inoutArgument: what = "cannot pass immutable value as inout argument"
        case .assignment: what = subscripted ? "cannot assign through subscript" : "cannot assign to property"
        }
        error("\(what): 'self' is immutable; mark the method 'mutating' to make 'self' mutable", property.loc)
    }

    /// The property of `self` that `target` assigns: `name` (an implicit member), `self.name`, or
    /// an element of either (`items[i]`).
    private func selfProperty(in target: Expr) -> (name: String, loc: Loc)? {
        switch target {
        case .name(let ref):
            if case .implicitSelf = ref.resolution { return (ref.name, ref.loc) }
            return nil
        case .member(.selfValue, let name, let loc):
            return (name, loc)
        case .subscriptAccess(let base, _, _):
            switch base {
            case .name, .member(.selfValue, _, _): return selfProperty(in: base)
            default: return nil
            }
        default:
            return nil
        }
    }
}
