extension Resolver {
    func resolve(_ expr: Expr) {
        switch expr {
        case .implicitMember:
            // `.zero` may be a member of a generic parameter (the checker knows which).
            markGenericParametersUsedAsValues()
        case .literal, .number, .discard:
            break
        case .inoutArgument(let target, _):
            resolveTarget(target, passedInout: true)
            requireMutableSelf(target, .inoutArgument)
        case .superMember(let member):
            resolveSelf(member.selfRef)
            if case .name(let superclass)? = enclosingClass?.superclass, globals.entry(superclass.name)?.classDecl != nil {
                member.superclassName = superclass.name
            }
        case .interpolation(let parts):
            for case .value(let value) in parts { resolve(value) }
        case .name(let ref):
            resolveName(ref)
            checkInitializedBeforeUse(ref)
        case .selfValue(let ref):
            resolveSelf(ref)
        case .member(let base, let member, let loc):
            resolve(base)
            if case .name(let ref) = base, case .constant(.namespace(let namespace)) = ref.resolution {
                namespaceMembers.append((namespace.name, member, loc))
            }
        case .call(let callee, let arguments, _):
            resolve(callee)
            arguments.forEach { resolve($0.value) }
            if case .member(let receiver, _, _) = callee, let root = rootName(receiver) { noteMutation(root) }
        case .subscriptAccess(let base, let arguments, _):
            resolve(base)
            arguments.forEach { resolve($0.value) }
        case .closure(let decl):
            if decl.isInitializerReference { InitializerReferences.fitToInitializer(decl, globals) }
            resolveFunction(decl, methodOf: nil)
        case .binary(_, let lhs, let rhs, _), .and(let lhs, let rhs, _), .or(let lhs, let rhs, _),
             .nilCoalescing(let lhs, let rhs, _):
            resolve(lhs)
            resolve(rhs)
        case .unary(_, let operand, _), .forceUnwrap(let operand, _), .optionalBind(let operand, _),
             .optionalChain(let operand), .cast(let operand, _, _, _), .typeCheck(let operand, _, _),
             .coerce(let operand, _), .tryOptional(let operand), .tryForce(let operand, _),
             .tried(let operand, _):
            resolve(operand)
        case .described(let described), .dynamicType(let described, _):
            resolve(described.expr)
        case .ternary(let condition, let then, let otherwise, _):
            resolve(condition)
            resolve(then)
            resolve(otherwise)
        case .array(let items, _):
            items.forEach(resolve)
        case .dictionary(let pairs, _):
            for (key, value) in pairs {
                resolve(key)
                resolve(value)
            }
        case .tuple(let items, _, _):
            items.forEach(resolve)
        case .oneSidedRange(let lower, let upper, _, _):
            if let lower { resolve(lower) }
            if let upper { resolve(upper) }
        case .assign(let target, let value, _):
            resolve(value)
            if case .name(let ref) = target, initializeDeferredConstant(ref) { break }
            resolveTarget(target)
            requireMutableSelf(target, .assignment)
        case .compoundAssign(_, let target, let value, _):
            resolve(value)
            if case .name(let ref) = target { checkInitializedBeforeUse(ref) }
            resolveTarget(target)
            requireMutableSelf(target, .mutatingOperator)
        }
    }

    private func resolveSelf(_ ref: NameRef) {
        var depth = 0
        for scope in scopes.reversed() {
            if scope.methodOf != nil, let local = scope.names["self"] {
                ref.resolution = .local(depth: depth, slot: local.slot)
                return
            }
            depth += 1
        }
        error("'self' can only be used inside the methods of a class", ref.loc)
    }

    /// The variable at the root of `a.b[c].d`, if it is a plain name.
    func rootName(_ expr: Expr) -> NameRef? {
        switch expr {
        case .name(let ref): return ref
        case .member(let base, _, _), .subscriptAccess(let base, _, _), .forceUnwrap(let base, _),
             .optionalBind(let base, _), .optionalChain(let base):
            return rootName(base)
        default: return nil
        }
    }

    private func noteMutation(_ root: NameRef) {
        if case .global = root.resolution { mutated.insert(root.name) }
    }

    /// Resolves the left side of an assignment and checks that it can be assigned.
    private func resolveTarget(_ target: Expr, passedInout: Bool = false) {
        switch target {
        case .name(let ref):
            resolveName(ref)
            checkAssignable(ref, whole: true, passedInout: passedInout)
            noteMutation(ref)
        case .member(let base, let member, let loc):
            resolve(base)
            if case .selfValue = base, let classDecl = enclosingClass,
               let property = classDecl.properties.first(where: { $0.name.name == member }),
               property.isLet, !inInitializer {
                error("cannot assign to property: '\(member)' is a 'let' constant", loc)
            }
            if let root = rootName(base) { noteMutation(root) }
        case .subscriptAccess(let base, let arguments, _):
            arguments.forEach { resolve($0.value) }
            if let root = rootName(base) {
                resolveName(root)
                // Whether `root` may change through a subscript depends on its type: the checker decides.
                if case .name = base {} else { resolve(base) }
                noteMutation(root)
            } else {
                resolve(base)
            }
        case .tuple(let items, _, _):
            items.forEach { resolveTarget($0) }
        case .discard:
            break
        case .selfValue(let ref):
            // `self = …` in a mutating method or an initialiser of a value type.
            resolve(target)
            if case .local = ref.resolution, !(scopes.last(where: \.isFunction)?.isMutatingMethod ?? false) {
                error("cannot assign to value: 'self' is immutable", ref.loc)
            }
        case .forceUnwrap(let base, _), .optionalBind(let base, _), .optionalChain(let base):
            resolveTarget(base)
        default:
            error("cannot assign to this expression", target.loc)
            resolve(target)
        }
    }

    private func checkAssignable(_ ref: NameRef, whole: Bool, passedInout: Bool = false) {
        let isLet: Bool
        switch lookup(ref.name) {
        case .local(_, let local): isLet = local.isLet
        case .global(let entry):
            isLet = entry.isLet
            if isLet, let accessors = globals.accessors[entry.index], accessors.getter != nil {
                error("cannot assign to value: '\(ref.name)' is a get-only property", ref.loc)
                return
            }
        case .binding: isLet = true
        case .implicitSelf, .missing: return
        }
        if isLet {
            let what = passedInout ? "cannot pass immutable value as inout argument"
                : whole ? "cannot assign to value" : "cannot assign through subscript"
            error("\(what): '\(ref.name)' is a 'let' constant", ref.loc)
        }
    }

    private var enclosingClass: ClassDecl? { scopes.last(where: { $0.methodOf != nil })?.methodOf }
    var inInitializer: Bool { scopes.last(where: \.isFunction)?.isInitializer ?? false }
}
