/// A binding whose result is what its closure argument returns declares it with a one-letter
/// placeholder, as Swift writes a generic function: `noGrad` is `"(_ body: () -> T) -> T"`, so
/// `let predictions = noGrad { model(x).argmax(dim: 1) }` is a Tensor. The closure is checked
/// without an expected result, and the call's type is the result the closure's body gives.
extension TypeChecker {
    /// Whether `type` is a placeholder: a one-letter capitalised name that no bound type or
    /// script type has.
    func isPlaceholder(_ type: StaticType?) -> Bool {
        guard case .named(let name)? = type, name.count == 1, name.first?.isUppercase == true else { return false }
        return classDecl(named: name) == nil && bindings.typeBindings(named: name).isEmpty
    }

    /// What a closure argument is checked against for a declared function type: the type itself,
    /// or without its result when that is a placeholder; nil when a parameter is one.
    func closureExpectation(_ declared: StaticType) -> StaticType? {
        guard case .function(let parameters, let result) = declared, !parameters.contains(where: isPlaceholder) else { return nil }
        return isPlaceholder(result) ? .function(parameters, .void) : declared
    }

    /// The type of a call of `overload`: its declared result, or for a placeholder the result of
    /// the closure argument declared to give it; nil when that is not known.
    func callResult(_ overload: HostOverload, declared: [StaticType?], found: [StaticType?]) -> StaticType? {
        let result = bindings.resultType(of: overload)
        guard isPlaceholder(result) else { return result }
        for (declaredType, foundType) in zip(declared, found) {
            if case .function(_, let placeholder)? = declaredType, placeholder == result,
               case .function(_, let closureResult)? = foundType {
                return closureResult
            }
        }
        return nil
    }
}
